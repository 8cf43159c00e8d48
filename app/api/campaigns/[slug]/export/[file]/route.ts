import { db } from "@/lib/db/client.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { campaignExportResponse, isCampaignExport } from "@/lib/export/campaign-export.ts";
import { withRouteSession } from "@/lib/http/route-session.ts";

export const dynamic = "force-dynamic";

/** GET /api/campaigns/{slug}/export/posts.csv | accounts.csv | attributions.csv — the same streamed CSVs as /api/v1, for a signed-in session. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  return withRouteSession("export:read", async () => {
    const { slug, file } = await params;
    const kind = file.endsWith(".csv") ? file.slice(0, -4) : "";
    if (!isCampaignExport(kind)) throw new NotFoundError(`No export ${file}.`);
    return campaignExportResponse(db(), slug, kind);
  });
}
