import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";
import { exportStixBundle } from "@/lib/stix/export-bundle.ts";
import { stixBundleResponse } from "@/lib/stix/stix-response.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns/{slug}/stix: one campaign and what it refers to, as a STIX 2.1 bundle. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "export:read", async () => {
    const { slug } = await params;
    return stixBundleResponse(await exportStixBundle(db(), { campaignSlug: slug }), slug);
  });
}
