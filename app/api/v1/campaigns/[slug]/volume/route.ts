import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";
import { getCampaignVolume, parseCampaignVolumeQuery } from "@/lib/stats/campaign-volume.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns/{slug}/volume?bucket=&split=&platform=&language=&from=&to= (the campaign page's series, as JSON). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "dashboard:read", async () => {
    const query = parseCampaignVolumeQuery(new URL(request.url).searchParams);
    return Response.json(await getCampaignVolume(db(), (await params).slug, query));
  });
}
