import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { getCampaign, getCampaignPostStats } from "@/lib/campaigns/get-campaign.ts";
import { getTopAccounts } from "@/lib/accounts/top-accounts.ts";
import { searchCampaignPosts } from "@/lib/posts/search-campaign-posts.ts";
import { getTopNetworks } from "@/lib/networks/top-networks.ts";
import { confidenceSteps } from "@/lib/charts/confidence-steps.ts";
import { ChartFrame } from "@/components/charts/chart-frame.tsx";
import { ConfidenceHistoryChart } from "@/components/charts/confidence-history-chart.tsx";
import { PostSearch } from "@/components/post-search.tsx";
import { pageCount, parsePage } from "@/lib/validation/pagination.ts";
import { formatDate, formatDateSpan, formatDateTime } from "@/lib/format/dates.ts";
import { CampaignStatusBadge, SyntheticBadge } from "@/components/badges.tsx";
import { AttributionClaim } from "@/components/attribution-claim.tsx";
import { EventTimeline } from "@/components/event-timeline.tsx";
import { SourceList } from "@/components/source-citation.tsx";
import { PostTable } from "@/components/post-table.tsx";
import { Pagination } from "@/components/pagination.tsx";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listSourceOptions } from "@/lib/sources/list-sources.ts";
import { changeAttributionStatusAction } from "./actions.ts";
import { getCampaignVolume, readCampaignVolumeQuery } from "@/lib/stats/campaign-volume.ts";
import { getBurstMarkers } from "@/lib/stats/volume-series.ts";
import { databaseProvider } from "@/lib/db/client.ts";
import { CampaignVolume } from "@/components/campaign-volume.tsx";
import { CampaignVolumeFilters } from "@/components/campaign-volume-filters.tsx";

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
  const claimLabels = campaign.attributions.map((claim) => ({ id: claim.id, label: `${claim.actor.name} (${claim.claimant.name})` }));
  const steps = confidenceSteps(
    campaign.attributions.map((claim) => ({ id: claim.id, changes: claim.history.map((change) => ({ at: change.changedAt, confidence: change.toConfidence })) })),
    new Date(),
  );

  return (
    <>
      <h1>
        {campaign.name} <CampaignStatusBadge status={campaign.status} />
      </h1>
      <p>{campaign.summary}</p>
      <dl className="facts panel">
        <div>
          <dt>First / last seen</dt>
          <dd>
            {campaign.firstSeenAt ? formatDate(campaign.firstSeenAt) : "—"} / {campaign.lastSeenAt ? formatDate(campaign.lastSeenAt) : "ongoing"}
          </dd>
        </div>
        <div>
          <dt>Posts logged</dt>
          <dd data-testid="campaign-post-total">{stats.total.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Posted (UTC)</dt>
          <dd>{formatDateSpan(stats.firstPostAt, stats.lastPostAt)}</dd>
        </div>
        <div>
          <dt>By platform</dt>
          <dd>{stats.byPlatform.map((row) => `${row.platform} ${row.posts.toLocaleString("en")}`).join(" · ") || "—"}</dd>
        </div>
        <div>
          <dt>Known platforms</dt>
          <dd>{campaign.platforms.map((row) => row.platform).join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>Targets</dt>
          <dd>{campaign.targets.map((link) => link.target.name).join(", ") || "—"}</dd>
        </div>
      </dl>
      {stats.synthetic > 0 ? (
        <p className="notice">
          <SyntheticBadge /> {stats.synthetic.toLocaleString("en")} of these posts are synthetic: generated for the demo to
          match what the sources report (volume, platforms, dates, languages, wording). They are not real posts.
        </p>
      ) : null}

      <h2>Volume</h2>
      {volumeQuery.ignored.length ? (
        <p className="notice" role="status">
          Ignored invalid parameters ({volumeQuery.ignored.join(", ")}); showing the default view.
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

      <h2>Attribution claims</h2>
      {campaign.attributions.length ? (
        <ChartFrame
          title="Confidence over time"
          description="Each claim's STIX confidence after every change, as a step line; the last value runs to today."
          empty={false}
          emptyMessage=""
          table={{
            columns: ["Claim", "Changed (UTC)", "Status", "Confidence"],
            rows: campaign.attributions.flatMap((claim) =>
              claim.history.map((change) => [`${claim.actor.name} (${claim.claimant.name})`, formatDateTime(change.changedAt), change.toStatus, change.toConfidence]),
            ),
          }}
        >
          <ConfidenceHistoryChart rows={steps} claims={claimLabels} />
        </ChartFrame>
      ) : null}
      {campaign.attributions.length === 0 ? (
        <p className="empty">No attribution claim yet. Analysts can propose one as suspected.</p>
      ) : (
        campaign.attributions.map((claim) => <AttributionClaim key={claim.id} claim={claim} editing={editing} />)
      )}

      <div className="grid-2">
        <section>
          <h2>Networks</h2>
          {campaign.networks.length === 0 ? (
            <p className="empty">No account network linked.</p>
          ) : (
            <table data-testid="top-networks">
              <thead>
                <tr>
                  <th scope="col">Network</th>
                  <th scope="col" className="num">Accounts</th>
                  <th scope="col" className="num">Posts here</th>
                </tr>
              </thead>
              <tbody>
                {campaign.networks.map(({ network }) => {
                  const counted = networks.find((row) => row.id === network.id);
                  return (
                    <tr key={network.id}>
                      <td>
                        <strong>{network.name}</strong>
                        {network.description ? <p className="muted">{network.description}</p> : null}
                      </td>
                      <td className="num">{network._count.accounts.toLocaleString("en")}</td>
                      <td className="num">{(counted?.posts ?? 0).toLocaleString("en")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <section>
          <h2>Top accounts</h2>
          <p className="muted">{accounts.distinctAccounts.toLocaleString("en")} accounts posted in this campaign.</p>
          {accounts.top.length === 0 ? (
            <p className="empty">No posting accounts yet.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Platform</th>
                  <th scope="col" className="num">Posts</th>
                </tr>
              </thead>
              <tbody>
                {accounts.top.map(({ account, posts }) => (
                  <tr key={account.id}>
                    <td>
                      @{account.handle} {account.displayName ? <span className="muted">{account.displayName}</span> : null}{" "}
                      {account.synthetic ? <SyntheticBadge /> : null}
                    </td>
                    <td>{account.platform}</td>
                    <td className="num">{posts.toLocaleString("en")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <h2>Events</h2>
      <EventTimeline events={campaign.events} />

      <h2>Sources</h2>
      <SourceList sources={campaign.sources.map((link) => link.source)} />

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
