import "server-only";
import type { CampaignStatus, AttributionStatus, Platform } from "../db/generated/sqlite/enums.ts";
import type { PrismaClient } from "../db/client.ts";
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
  const [campaigns, totals, byPlatform, synthetic] = await Promise.all([
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
    prisma.post.groupBy({ by: ["campaignId"], _count: { _all: true }, _min: { postedAt: true }, _max: { postedAt: true } }),
    prisma.post.groupBy({ by: ["campaignId", "platform"], _count: { _all: true } }),
    prisma.post.groupBy({ by: ["campaignId"], where: { synthetic: true }, _count: { _all: true } }),
  ]);
  const totalsById = new Map(totals.map((row) => [row.campaignId, row]));
  const syntheticById = new Map(synthetic.map((row) => [row.campaignId, row._count._all]));
  return campaigns.map((campaign) => {
    const total = totalsById.get(campaign.id);
    const leading = leadingClaim(campaign.attributions);
    return {
      slug: campaign.slug,
      name: campaign.name,
      summary: campaign.summary,
      status: campaign.status,
      targets: campaign.targets.map((link) => link.target.name),
      postCount: total?._count._all ?? 0,
      syntheticPostCount: syntheticById.get(campaign.id) ?? 0,
      firstPostAt: total?._min.postedAt ?? null,
      lastPostAt: total?._max.postedAt ?? null,
      platforms: byPlatform
        .filter((row) => row.campaignId === campaign.id)
        .map((row) => ({ platform: row.platform, posts: row._count._all }))
        .sort((a, b) => b.posts - a.posts),
      claimCount: campaign.attributions.length,
      leadingClaim: leading
        ? { status: leading.status, confidence: leading.confidence, actor: leading.actor.name, claimant: leading.claimant.name }
        : null,
    };
  });
}
