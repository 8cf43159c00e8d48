import { openApiDocument } from "@/lib/api/openapi.ts";

export const dynamic = "force-static";

/** GET /api/openapi.json: the v1 API's OpenAPI 3.1 document (public: it describes, it grants nothing). */
export function GET() {
  return Response.json(openApiDocument());
}
