import { withApiAuth } from "@/lib/api/api-route.ts";
import { db } from "@/lib/db/client.ts";
import { campaignExportResponse } from "@/lib/export/campaign-export.ts";

export const dynamic = "force-dynamic";

/** GET /api/v1/campaigns/{slug}/exports/attributions.csv — streamed (docs/api.md lists the columns). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withApiAuth(request, "export:read", async () => campaignExportResponse(db(), (await params).slug, "attributions"));
}
