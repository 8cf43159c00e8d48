import "server-only";
import type { CampaignStatus, AttributionStatus, Platform } from "../db/generated/sqlite/enums.ts";
import type { PrismaClient } from "../db/client.ts";
import { rawDate } from "../posts/post-span.ts";
import { leadingClaim } from "../attribution/status.ts";

export interface CampaignSummary {
  slug: string;
  name: string;
  summary: string;
  status: CampaignStatus;
  targets: string[];
  postCount: number;
  syntheticPostCount: number;
  firstPostAt: Date | null;
  lastPostAt: Date | null;
  /** Post counts per platform, largest first. */
  platforms: { platform: Platform; posts: number }[];
  claimCount: number;
  /** The claim that best states where attribution stands (see leadingClaim). */
  leadingClaim: { status: AttributionStatus; confidence: number; actor: string; claimant: string } | null;
}

/** Every campaign with its post counts, date span and platforms, counted by the database. */
export async function listCampaigns(prisma: PrismaClient): Promise<CampaignSummary[]> {
  const [campaigns, totals, byPlatform] = await Promise.all([
    prisma.campaign.findMany({
      orderBy: [{ lastSeenAt: { sort: "desc", nulls: "last" } }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        summary: true,
        status: true,
        targets: { select: { target: { select: { name: true } } }, orderBy: { target: { name: "asc" } } },
        attributions: {
          orderBy: { id: "asc" },
          select: { status: true, confidence: true, actor: { select: { name: true } }, claimant: { select: { name: true } } },
        },
      },
    }),
    // One row per campaign, each figure a correlated subquery: counts from the PostVolumeDaily
    // rollup, first and last post from the (campaignId, postedAt) index (one entry each).
    prisma.$queryRaw<{ id: string; posts: bigint | number; synthetic: bigint | number; first: unknown; last: unknown }[]>`
      SELECT c."id" AS "id",
             (SELECT SUM(r."posts") FROM "PostVolumeDaily" AS r WHERE r."campaignId" = c."id") AS "posts",
             (SELECT SUM(r."syntheticPosts") FROM "PostVolumeDaily" AS r WHERE r."campaignId" = c."id") AS "synthetic",
             (SELECT MIN(p."postedAt") FROM "Post" AS p WHERE p."campaignId" = c."id") AS "first",
             (SELECT MAX(p."postedAt") FROM "Post" AS p WHERE p."campaignId" = c."id") AS "last"
      FROM "Campaign" AS c`,
    prisma.postVolumeDaily.groupBy({ by: ["campaignId", "platform"], _sum: { posts: true } }),
  ]);
  const totalsById = new Map(totals.map((row) => [row.id, row]));
  return campaigns.map((campaign) => {
    const total = totalsById.get(campaign.id);
    const leading = leadingClaim(campaign.attributions);
    return {
      slug: campaign.slug,
      name: campaign.name,
      summary: campaign.summary,
      status: campaign.status,
      targets: campaign.targets.map((link) => link.target.name),
      postCount: Number(total?.posts ?? 0),
      syntheticPostCount: Number(total?.synthetic ?? 0),
      firstPostAt: rawDate(total?.first),
      lastPostAt: rawDate(total?.last),
      platforms: byPlatform
        .filter((row) => row.campaignId === campaign.id)
        .map((row) => ({ platform: row.platform, posts: row._sum.posts ?? 0 }))
        .sort((a, b) => b.posts - a.posts),
      claimCount: campaign.attributions.length,
      leadingClaim: leading
        ? { status: leading.status, confidence: leading.confidence, actor: leading.actor.name, claimant: leading.claimant.name }
        : null,
    };
  });
}
