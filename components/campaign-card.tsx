import Link from "next/link";
import type { CampaignSummary } from "@/lib/campaigns/list-campaigns.ts";
import { formatDateSpan } from "@/lib/format/dates.ts";
import { AttributionStatusBadge, CampaignStatusBadge, Confidence, SyntheticBadge } from "./badges.tsx";

export function CampaignCard({ campaign }: { campaign: CampaignSummary }) {
  const claim = campaign.leadingClaim;
  return (
    <article className="panel campaign-card" data-testid="campaign-card" data-slug={campaign.slug}>
      <h2>
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.name}</Link> <CampaignStatusBadge status={campaign.status} />
      </h2>
      <p className="muted">{campaign.summary}</p>
      <dl className="facts">
        <div>
          <dt>Posts</dt>
          <dd data-testid="post-count">
            {campaign.postCount.toLocaleString("en")}{" "}
            {campaign.syntheticPostCount > 0 ? <SyntheticBadge title={`${campaign.syntheticPostCount} of these posts were generated for the demo`} /> : null}
          </dd>
        </div>
        <div>
          <dt>Posted (UTC)</dt>
          <dd>{formatDateSpan(campaign.firstPostAt, campaign.lastPostAt)}</dd>
        </div>
        <div>
          <dt>Platforms</dt>
          <dd>{campaign.platforms.length ? campaign.platforms.map((p) => `${p.platform} (${p.posts.toLocaleString("en")})`).join(", ") : "—"}</dd>
        </div>
        <div>
          <dt>Attribution ({campaign.claimCount} {campaign.claimCount === 1 ? "claim" : "claims"})</dt>
          <dd>
            {claim ? (
              <>
                <AttributionStatusBadge status={claim.status} /> {claim.actor} <Confidence value={claim.confidence} />{" "}
                <span className="muted">per {claim.claimant}</span>
              </>
            ) : (
              "no claim yet"
            )}
          </dd>
        </div>
        {campaign.targets.length ? (
          <div>
            <dt>Targets</dt>
            <dd>{campaign.targets.join(", ")}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
