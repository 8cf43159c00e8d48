import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { stixBundleResponse } from "@/lib/stix/stix-response.ts";

export const dynamic = "force-dynamic";

/** GET /api/stix: every campaign, network, actor, claim and source as one STIX 2.1 bundle (docs/stix.md). */
export async function GET() {
  return withRouteSession("export:read", async () => stixBundleResponse(await exportStixBundle(db()), "campaign-tracker"));
}
