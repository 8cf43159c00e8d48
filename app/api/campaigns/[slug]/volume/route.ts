import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { getCampaignVolume, parseCampaignVolumeQuery } from "@/lib/stats/campaign-volume.ts";
import { volumeResponse } from "@/lib/stats/volume-response.ts";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/:slug/volume?bucket=day&split=platform&format=csv|json */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withRouteSession("export:read", async () => {
    const { slug } = await params;
    const url = new URL(request.url);
    const volume = await getCampaignVolume(db(), slug, parseCampaignVolumeQuery(url.searchParams));
    return volumeResponse(volume, url.searchParams.get("format"), `${slug}-volume-${volume.unit}`);
  });
}
