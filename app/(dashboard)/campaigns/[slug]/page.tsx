import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { getCampaign, getCampaignPostStats } from "@/lib/campaigns/get-campaign.ts";
import { getTopAccounts } from "@/lib/accounts/top-accounts.ts";
import { searchCampaignPosts } from "@/lib/posts/search-campaign-posts.ts";
import { getTopNetworks } from "@/lib/networks/top-networks.ts";
import { PostSearch } from "@/components/post-search.tsx";
import { pageCount, parsePage } from "@/lib/validation/pagination.ts";
import { CampaignStatusBadge, SyntheticBadge } from "@/components/badges.tsx";
import { CampaignFacts } from "@/components/campaign/campaign-facts.tsx";
import { ClaimHistory } from "@/components/campaign/claim-history.tsx";
import { NetworksTable } from "@/components/campaign/networks-table.tsx";
import { TopAccountsTable } from "@/components/campaign/top-accounts-table.tsx";
import { AttributionClaim } from "@/components/attribution-claim.tsx";
import { EventTimeline } from "@/components/event-timeline.tsx";
import { SourceList } from "@/components/source-citation.tsx";
import { PostTable } from "@/components/post-table.tsx";
import { Pagination } from "@/components/pagination.tsx";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { ExportLinks } from "@/components/campaign/export-links.tsx";
import { listSourceOptions } from "@/lib/sources/list-sources.ts";
import { changeAttributionStatusAction } from "./actions.ts";
import { getCampaignVolume, readCampaignVolumeQuery } from "@/lib/stats/campaign-volume.ts";
import { getBurstMarkers } from "@/lib/stats/volume-series.ts";
import { databaseProvider } from "@/lib/db/client.ts";
import { CampaignVolume } from "@/components/campaign-volume.tsx";
import { CampaignVolumeFilters } from "@/components/campaign-volume-filters.tsx";
import { CampaignTechniques } from "@/components/campaign/campaign-techniques.tsx";
import { CampaignRecordLinks } from "@/components/campaign/record-links.tsx";

export const dynamic = "force-dynamic";

interface CampaignPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: CampaignPageProps): Promise<Metadata> {
  const campaign = await db().campaign.findUnique({ where: { slug: (await params).slug }, select: { name: true } });
  return { title: campaign?.name ?? "Campaign not found" };
}

export default async function CampaignPage({ params, searchParams }: CampaignPageProps) {
  const [{ slug }, query, user] = await Promise.all([params, searchParams, requirePageSession()]);
  const prisma = db();
  const campaign = await getCampaign(prisma, slug);
  if (!campaign) notFound();
  const requestedPage = parsePage(query.page);
  const search = (Array.isArray(query.q) ? query.q[0] : query.q)?.trim().slice(0, 200) || undefined;
  const canChangeStatus = hasPermission(user.role, "attribution:change-status");
  const volumeQuery = readCampaignVolumeQuery(query);
  const [stats, accounts, networks, firstPage, sourceOptions, volume, burst] = await Promise.all([
    getCampaignPostStats(prisma, campaign.id),
    getTopAccounts(prisma, campaign.id),
    getTopNetworks(prisma, campaign.id),
    searchCampaignPosts(prisma, campaign.id, search, requestedPage),
    canChangeStatus ? listSourceOptions(prisma) : Promise.resolve([]),
    getCampaignVolume(prisma, campaign.slug, volumeQuery.query),
    getBurstMarkers(prisma, databaseProvider(), campaign.id),
  ]);
  const editing = canChangeStatus ? { action: changeAttributionStatusAction, campaignSlug: campaign.slug, sources: sourceOptions } : undefined;
  const pages = pageCount(firstPage.total);
  // A page past the end shows the last page rather than an empty table.
  const posts = requestedPage > pages ? await searchCampaignPosts(prisma, campaign.id, search, pages) : firstPage;

  return (
    <>
      <h1>
        {campaign.name} <CampaignStatusBadge status={campaign.status} />
      </h1>
      <p>{campaign.summary}</p>
      <CampaignRecordLinks slug={campaign.slug} role={user.role} />
      <CampaignFacts campaign={campaign} stats={stats} />
      {stats.synthetic > 0 ? (
        <p className="notice">
          <SyntheticBadge /> {stats.synthetic.toLocaleString("en")} of these posts are synthetic: generated for the demo to
          match what the sources report (volume, platforms, dates, languages, wording). They are not real posts.
        </p>
      ) : null}

      <h2>Volume</h2>
      {volumeQuery.ignored.length ? (
        <p className="notice" role="status">
          Ignored invalid parameters ({volumeQuery.ignored.join(", ")}); the others still apply.
        </p>
      ) : null}
      <CampaignVolumeFilters slug={campaign.slug} accepted={volumeQuery.accepted} languages={stats.languages} />
      <CampaignVolume slug={campaign.slug} volume={volume} burst={burst} params={volumeQuery.accepted} />

      {campaign.narratives.length ? (
        <>
          <h2>Narratives</h2>
          <ul className="chips">
            {campaign.narratives.map((link) => (
              <li key={link.narrativeId} title={link.narrative.description ?? undefined}>
                {link.narrative.statement}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <CampaignTechniques campaignId={campaign.id} role={user.role} />

      <h2>Attribution claims</h2>
      <ClaimHistory claims={campaign.attributions} />
      {campaign.attributions.length === 0 ? (
        <p className="empty">No attribution claim yet. Analysts can propose one as suspected.</p>
      ) : (
        campaign.attributions.map((claim) => <AttributionClaim key={claim.id} claim={claim} editing={editing} />)
      )}

      <div className="grid-2">
        <NetworksTable linked={campaign.networks.map((link) => link.network)} counted={networks} />
        <TopAccountsTable distinctAccounts={accounts.distinctAccounts} top={accounts.top} />
      </div>

      <h2>Events</h2>
      <EventTimeline events={campaign.events} />

      <h2>Sources</h2>
      <SourceList sources={campaign.sources.map((link) => link.source)} />

      <h2>Exports</h2>
      {hasPermission(user.role, "export:read") ? <ExportLinks slug={campaign.slug} /> : null}

      <h2 id="posts">Posts</h2>
      <PostSearch initial={search ?? ""} />
      <p className="muted" data-testid="post-match-count">
        {search ? `${posts.total.toLocaleString("en")} posts contain “${search}”.` : `${posts.total.toLocaleString("en")} posts.`}
      </p>
      <Pagination basePath={`/campaigns/${campaign.slug}`} page={posts.page} pages={pages} label="Posts pages" query={{ q: search }} anchor="posts" />
      <PostTable posts={posts.posts} />
      <Pagination basePath={`/campaigns/${campaign.slug}`} page={posts.page} pages={pages} label="Posts pages (bottom)" query={{ q: search }} anchor="posts" />
    </>
  );
}
