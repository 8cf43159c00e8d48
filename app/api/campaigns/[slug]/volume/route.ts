import { db } from "@/lib/db/client.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";
import { getCampaignVolume, parseCampaignVolumeQuery } from "@/lib/stats/campaign-volume.ts";
import { toCsv } from "@/lib/format/csv.ts";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/:slug/volume?bucket=day&split=platform&format=csv|json */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withRouteSession("export:read", async () => {
    const { slug } = await params;
    const url = new URL(request.url);
    const volume = await getCampaignVolume(db(), slug, parseCampaignVolumeQuery(url.searchParams));
    if (url.searchParams.get("format") === "csv") {
      const rows = volume.series.flatMap((series) => series.points.map((point) => [point.t, series.key, point.n]));
      return new Response(toCsv(["bucket_start_utc", "series", "posts"], rows), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${slug}-volume-${volume.unit}.csv"`,
        },
      });
    }
    return Response.json(volume);
  });
}
