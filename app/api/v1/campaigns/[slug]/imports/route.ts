import { withApiAuth } from "@/lib/api/api-route.ts";
import { importFromRequest } from "@/lib/api/import-request.ts";
import { db } from "@/lib/db/client.ts";

export const dynamic = "force-dynamic";

/** POST /api/v1/campaigns/{slug}/imports?format=csv|ndjson|x-io|auto — the body is the file. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "records:write", async (user) => importFromRequest(db(), user, (await params).slug, request));
}
