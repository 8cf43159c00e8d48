import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { stixBundleResponse } from "@/lib/stix/stix-response.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/stix: everything as one STIX 2.1 bundle (docs/stix.md). */
export async function GET(request: Request) {
  return withApiAuth(request, "export:read", async () => stixBundleResponse(await exportStixBundle(db()), "campaign-tracker"));
}
