import "server-only";
import type { Prisma, PrismaClient } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import { ATTRIBUTION_STATUSES } from "../attribution/status.ts";
import { getVolumeSeries, type VolumeSeries } from "../stats/volume-series.ts";
import { filterRange, type OverviewFilters } from "./overview-filters.ts";
import { keepTopSeries } from "../charts/top-series.ts";
import { campaignIdsUsingTechnique, getTechniqueUsage } from "../disarm/technique-queries.ts";

/** Stacked series beyond this many are summed into "others" (chart, table, CSV and JSON alike). */
export const STACKED_SERIES_LIMIT = 8;

const sourceSummary = { select: { id: true, title: true, publisher: true, url: true, publishedAt: true, archivedCopy: true } } as const;

export type LabelledVolume = Omit<VolumeSeries, "series"> & { series: { key: string; label: string; points: VolumeSeries["series"][number]["points"] }[] };

type Named = { id: string; slug: string; name: string };

function listNamed(prisma: PrismaClient) {
  return Promise.all([
    prisma.campaign.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    prisma.actor.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
}

// An unknown slug matches nothing rather than everything.
function idFor(rows: Named[], slug: string | undefined): string | undefined {
  return slug ? (rows.find((row) => row.slug === slug)?.id ?? "__none__") : undefined;
}

/** The campaigns the technique filter keeps (tagged with it or a sub-technique), or undefined without one. */
function techniqueScope(prisma: PrismaClient, filters: OverviewFilters): Promise<string[] | undefined> {
  return filters.technique ? campaignIdsUsingTechnique(prisma, filters.technique) : Promise.resolve(undefined);
}

/** Post volume across campaigns for the overview, split by campaign (named) or platform. */
export async function getOverviewVolume(
  prisma: PrismaClient,
  provider: DatabaseProvider,
  filters: OverviewFilters,
  campaigns?: Named[],
  techniqueCampaignIds?: string[],
): Promise<LabelledVolume> {
  const named = campaigns ?? (await prisma.campaign.findMany({ select: { id: true, slug: true, name: true } }));
  const volume = await getVolumeSeries(prisma, provider, {
    campaignId: idFor(named, filters.campaign),
    campaignIds: techniqueCampaignIds ?? (await techniqueScope(prisma, filters)),
    platform: filters.platform,
    language: filters.language,
    ...filterRange(filters),
    splitBy: filters.split,
  });
  const names = new Map(named.map((row) => [row.id, row.name]));
  const labelled = volume.series.map((series) => ({ ...series, label: filters.split === "campaign" ? (names.get(series.key) ?? series.key) : series.key }));
  return { ...volume, series: keepTopSeries(labelled, STACKED_SERIES_LIMIT) };
}

/** Everything the overview dashboard shows, each number counted by the database. */
export async function getOverview(prisma: PrismaClient, provider: DatabaseProvider, filters: OverviewFilters) {
  const [[campaigns, actors], techniqueCampaignIds] = await Promise.all([listNamed(prisma), techniqueScope(prisma, filters)]);
  const campaignId = idFor(campaigns, filters.campaign);
  const actorId = idFor(actors, filters.actor);
  const range = filterRange(filters);
  // The campaign filter and the technique filter together: one campaign id, or a set of them.
  const campaignScope: string | { in: string[] } | undefined =
    techniqueCampaignIds === undefined ? campaignId : { in: campaignId === undefined ? techniqueCampaignIds : techniqueCampaignIds.filter((id) => id === campaignId) };

  const postWhere: Prisma.PostWhereInput = {
    campaignId: campaignScope,
    platform: filters.platform,
    language: filters.language,
    postedAt: range.from || range.to ? { gte: range.from, lt: range.to } : undefined,
  };
  const claimWhere: Prisma.AttributionWhereInput = { campaignId: campaignScope, actorId, status: filters.status };

  const [activeCampaigns, postsTracked, networks, claimsByStatus, languages, volume, claims, latestChanges, events, techniques] = await Promise.all([
    prisma.campaign.count({ where: { status: "active", id: campaignScope } }),
    prisma.post.count({ where: postWhere }),
    prisma.network.count(campaignScope ? { where: { campaigns: { some: { campaignId: campaignScope } } } } : undefined),
    prisma.attribution.groupBy({ by: ["status"], where: claimWhere, _count: { _all: true } }),
    // From the PostVolumeDaily rollup ("" there is "no language"), not a GROUP BY over every post.
    prisma.postVolumeDaily.groupBy({ by: ["language"], where: { language: { not: "" } }, _sum: { posts: true }, orderBy: [{ _sum: { posts: "desc" } }, { language: "asc" }] }),
    getOverviewVolume(prisma, provider, filters, campaigns, techniqueCampaignIds),
    prisma.attribution.findMany({
      where: claimWhere,
      orderBy: [{ confidence: "desc" }, { id: "asc" }],
      select: {
        id: true,
        confidence: true,
        status: true,
        campaign: { select: { slug: true, name: true } },
        network: { select: { name: true } },
        actor: { select: { name: true } },
        claimant: { select: { name: true } },
      },
    }),
    prisma.attributionChange.findMany({
      where: { attribution: claimWhere },
      orderBy: [{ changedAt: "desc" }, { id: "asc" }],
      take: 8,
      include: {
        changedBy: { select: { name: true } },
        attribution: { select: { actor: { select: { name: true } }, campaign: { select: { slug: true, name: true } }, network: { select: { name: true } } } },
      },
    }),
    prisma.event.findMany({
      where: { campaignId: campaignScope, occurredAt: range.from || range.to ? { gte: range.from, lt: range.to } : undefined },
      orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
      take: 12,
      include: { sources: { include: { source: sourceSummary } }, campaign: { select: { slug: true, name: true } } },
    }),
    getTechniqueUsage(prisma),
  ]);

  const statusCounts = Object.fromEntries(ATTRIBUTION_STATUSES.map((status) => [status, 0])) as Record<(typeof ATTRIBUTION_STATUSES)[number], number>;
  for (const row of claimsByStatus) statusCounts[row.status] = row._count._all;

  return {
    tiles: { activeCampaigns, postsTracked, networks, claimsByStatus: statusCounts },
    volume,
    claims,
    latestChanges,
    events,
    /** Slugs of the campaigns the technique filter keeps; null when it is not set. */
    techniqueCampaignSlugs: techniqueCampaignIds === undefined ? null : campaigns.filter((row) => techniqueCampaignIds.includes(row.id)).map((row) => row.slug),
    options: {
      campaigns: campaigns.map(({ slug, name }) => ({ slug, name })),
      actors: actors.map(({ slug, name }) => ({ slug, name })),
      languages: languages.flatMap((row) => (row.language ? [row.language] : [])),
      /** Techniques campaigns use, with how many campaigns use each (or a sub-technique). */
      techniques,
    },
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
