import type { CampaignDetail, CampaignPostStats } from "@/lib/campaigns/get-campaign.ts";
import { formatDate, formatDateSpan } from "@/lib/format/dates.ts";

/** The campaign's key facts: when it was seen, how many posts where, what it targets. */
export function CampaignFacts({ campaign, stats }: { campaign: CampaignDetail; stats: CampaignPostStats }) {
  return (
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
  );
}
