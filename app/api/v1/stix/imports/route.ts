import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";
import { importStixBundle } from "@/lib/stix/import-bundle.ts";
import { readJsonBody } from "@/lib/stix/stix-request.ts";

export const dynamic = "force-dynamic";

/** POST /api/v1/stix/imports with a STIX 2.1 bundle as the body: the import report. */
export async function POST(request: Request) {
  return withApiAuth(request, "records:write", async (user) => {
    const bundle = await readJsonBody(request);
    return Response.json(await importStixBundle(db(), { actor: user, bundle }));
  });
}
