import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { campaignIdOf } from "../campaigns/campaign-id.ts";
import { ACCOUNTS_CSV_COLUMNS, campaignAccountRows } from "./accounts-csv.ts";
import { ATTRIBUTIONS_CSV_COLUMNS, campaignAttributionRows } from "./attributions-csv.ts";
import { csvStream } from "./csv-stream.ts";
import { campaignPostRows, POSTS_CSV_COLUMNS } from "./posts-csv.ts";

export const CAMPAIGN_EXPORTS = ["posts", "accounts", "attributions"] as const;
export type CampaignExport = (typeof CAMPAIGN_EXPORTS)[number];

export function isCampaignExport(value: unknown): value is CampaignExport {
  return typeof value === "string" && (CAMPAIGN_EXPORTS as readonly string[]).includes(value);
}

/**
 * A campaign's posts, accounts or attribution claims as a streamed CSV download. The slug is
 * checked before the stream starts, so an unknown campaign is a 404, not an empty file.
 */
export async function campaignExportResponse(prisma: PrismaClient, slug: string, kind: CampaignExport): Promise<Response> {
  const campaignId = await campaignIdOf(prisma, slug);
  const body =
    kind === "posts"
      ? csvStream(POSTS_CSV_COLUMNS, campaignPostRows(prisma, campaignId))
      : kind === "accounts"
        ? csvStream(ACCOUNTS_CSV_COLUMNS, campaignAccountRows(prisma, campaignId))
        : csvStream(ATTRIBUTIONS_CSV_COLUMNS, campaignAttributionRows(prisma, campaignId));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-${kind}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
