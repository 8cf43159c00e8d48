import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { stixBundleResponse } from "@/lib/stix/stix-response.ts";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/:slug/stix: the campaign and what it links to as a STIX 2.1 bundle (docs/stix.md). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withRouteSession("export:read", async () => {
    const { slug } = await params;
    return stixBundleResponse(await exportStixBundle(db(), { campaignSlug: slug }), slug);
  });
}
