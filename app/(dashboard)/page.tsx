import { databaseProvider, db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listCampaigns } from "@/lib/campaigns/list-campaigns.ts";
import { getOverview } from "@/lib/dashboard/get-overview.ts";
import { filtersQuery, readOverviewFilters } from "@/lib/dashboard/overview-filters.ts";
import { confidenceWords } from "@/lib/attribution/confidence.ts";
import { CampaignCard } from "@/components/campaign-card.tsx";
import { FilterBar } from "@/components/dashboard/filter-bar.tsx";
import { Tiles } from "@/components/dashboard/tiles.tsx";
import { LatestChanges } from "@/components/dashboard/latest-changes.tsx";
import { EventTimeline } from "@/components/event-timeline.tsx";
import { ChartFrame } from "@/components/charts/chart-frame.tsx";
import { ConfidenceChart } from "@/components/charts/confidence-chart.tsx";
import { VolumePanel } from "@/components/charts/volume-panel.tsx";
import { listTechniqueIds } from "@/lib/disarm/technique-queries.ts";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [query] = await Promise.all([searchParams, requirePageSession()]);
  const prisma = db();
  // The technique filter accepts only ids DISARM defines; the list is read only when one is asked for.
  const { filters, ignored } = readOverviewFilters(query, query.technique ? { techniques: await listTechniqueIds(prisma) } : {});
  const [overview, allCampaigns] = await Promise.all([getOverview(prisma, databaseProvider(), filters), listCampaigns(prisma)]);
  const techniqueSlugs = overview.techniqueCampaignSlugs;
  const campaigns = techniqueSlugs === null ? allCampaigns : allCampaigns.filter((campaign) => techniqueSlugs.includes(campaign.slug));
  const { tiles, volume, claims } = overview;
  const bars = claims.map((claim) => ({
    id: claim.id,
    label: `${claim.actor.name} · ${claim.campaign?.name ?? claim.network?.name ?? "—"}`,
    confidence: claim.confidence,
    status: claim.status,
    claimant: claim.claimant.name,
  }));

  return (
    <>
      <h1>Overview</h1>
      <FilterBar filters={filters} options={overview.options} />
      {ignored.length ? (
        <p className="notice" role="status" data-testid="ignored-filters">
          Ignored invalid filter{ignored.length > 1 ? "s" : ""}: {ignored.join(", ")}. Showing the rest.
        </p>
      ) : null}

      <Tiles
        tiles={[
          { label: "active campaigns", value: tiles.activeCampaigns, testId: "tile-active-campaigns" },
          { label: "posts tracked", value: tiles.postsTracked, testId: "tile-posts" },
          { label: "networks", value: tiles.networks, testId: "tile-networks" },
          ...Object.entries(tiles.claimsByStatus).map(([status, value]) => ({
            label: `${status} claims`,
            value,
            href: `/${filtersQuery({ ...filters, status: status as typeof filters.status })}`,
            testId: `tile-claims-${status}`,
          })),
        ]}
      />

      <h2>Post volume</h2>
      <VolumePanel
        title={`Posts per ${volume.unit}, by ${filters.split}`}
        description={`Stacked by ${filters.split}; dashed line: cumulative total (right axis). Buckets start in UTC.`}
        unit={volume.unit}
        series={volume.series}
        dataUrl={`/api/volume${filtersQuery(filters) || "?"}`}
        emptyMessage="No posts match these filters. Clear a filter or widen the dates; analysts can import posts into a campaign."
      />

      <h2>Attribution confidence</h2>
      <ChartFrame
        title="Confidence by campaign and actor"
        description="STIX 2.1 confidence 0-100; grid lines mark the ICD 203 bands (very unlikely < 20 < unlikely < 45 < even chance < 55 < likely < 80 < very likely < 95). Disputed claims are hatched, retracted ones faded."
        empty={bars.length === 0}
        emptyMessage="No attribution claims match these filters."
        table={{
          columns: ["Campaign or network", "Actor", "Claimed by", "Status", "Confidence", "In words"],
          rows: claims.map((claim) => [
            claim.campaign?.name ?? claim.network?.name ?? "—",
            claim.actor.name,
            claim.claimant.name,
            claim.status,
            claim.confidence,
            confidenceWords(claim.confidence),
          ]),
        }}
      >
        <ConfidenceChart bars={bars} />
      </ChartFrame>

      <div className="grid-2">
        <section>
          <h2>Latest attribution changes</h2>
          <LatestChanges changes={overview.latestChanges} />
        </section>
        <section>
          <h2>Events</h2>
          <EventTimeline events={overview.events} emptyMessage="No events in this range." compact />
        </section>
      </div>

      <h2>Campaigns</h2>
      {filters.technique ? (
        <p className="muted" data-testid="technique-filter-note">
          Campaigns tagged with DISARM technique {filters.technique} or any of its sub-techniques.
        </p>
      ) : null}
      {campaigns.length === 0 && filters.technique ? (
        <p className="empty">No campaign is tagged with {filters.technique} or its sub-techniques.</p>
      ) : campaigns.length === 0 ? (
        <p className="empty">No campaigns yet. Analysts can log one, or start the demo to load the seeded data.</p>
      ) : (
        <div className="campaign-list">
          {campaigns.map((campaign) => (
            <CampaignCard key={campaign.slug} campaign={campaign} />
          ))}
        </div>
      )}
    </>
  );
}
