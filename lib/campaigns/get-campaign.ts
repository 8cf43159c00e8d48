import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { rawDate } from "../posts/post-span.ts";

const sourceSummary = { select: { id: true, title: true, publisher: true, url: true, publishedAt: true, archivedCopy: true } } as const;

/** A campaign with everything its page shows except posts (paged separately); null if none. */
export async function getCampaign(prisma: PrismaClient, slug: string) {
  const campaign = await prisma.campaign.findUnique({
    where: { slug },
    include: {
      targets: { include: { target: true }, orderBy: { target: { name: "asc" } } },
      narratives: { include: { narrative: true }, orderBy: { narrative: { statement: "asc" } } },
      platforms: { orderBy: { platform: "asc" } },
      sources: { include: { source: sourceSummary }, orderBy: { source: { publishedAt: { sort: "desc", nulls: "last" } } } },
      networks: { include: { network: { include: { _count: { select: { accounts: true } } } } }, orderBy: { network: { name: "asc" } } },
      events: { orderBy: { occurredAt: "asc" }, include: { sources: { include: { source: sourceSummary } } } },
      attributions: {
        orderBy: [{ confidence: "desc" }, { id: "asc" }],
        include: {
          actor: { select: { name: true, kind: true, slug: true } },
          network: { select: { name: true } },
          claimant: { select: { name: true, kind: true } },
          sources: { include: { source: sourceSummary } },
          responses: {
            orderBy: { statedAt: "asc" },
            include: { actor: { select: { name: true } }, source: sourceSummary },
          },
          history: {
            orderBy: { version: "asc" },
            include: { changedBy: { select: { name: true } }, sources: { include: { source: sourceSummary } } },
          },
        },
      },
    },
  });
  return campaign;
}

export type CampaignDetail = NonNullable<Awaited<ReturnType<typeof getCampaign>>>;

/** Post counts of one campaign per platform and in all, grouped by the database. */
export async function getCampaignPostStats(prisma: PrismaClient, campaignId: string) {
  const [byPlatform, span, synthetic, languages] = await Promise.all([
    prisma.post.groupBy({ by: ["platform"], where: { campaignId }, _count: { _all: true }, orderBy: { _count: { platform: "desc" } } }),
    // Scalar subqueries: MIN/MAX each read one entry of the (campaignId, postedAt) index.
    prisma.$queryRaw<{ first: unknown; last: unknown; total: bigint | number }[]>`
      SELECT (SELECT MIN("postedAt") FROM "Post" WHERE "campaignId" = ${campaignId}) AS "first",
             (SELECT MAX("postedAt") FROM "Post" WHERE "campaignId" = ${campaignId}) AS "last",
             (SELECT COUNT(*) FROM "Post" WHERE "campaignId" = ${campaignId}) AS "total"`,
    prisma.post.count({ where: { campaignId, synthetic: true } }),
    prisma.post.groupBy({ by: ["language"], where: { campaignId, language: { not: null } }, orderBy: { language: "asc" } }),
  ]);
  return {
    total: Number(span[0]?.total ?? 0),
    synthetic,
    firstPostAt: rawDate(span[0]?.first),
    lastPostAt: rawDate(span[0]?.last),
    byPlatform: byPlatform.map((row) => ({ platform: row.platform, posts: row._count._all })),
    languages: languages.flatMap((row) => (row.language ? [row.language] : [])),
  };
}

export type CampaignPostStats = Awaited<ReturnType<typeof getCampaignPostStats>>;
