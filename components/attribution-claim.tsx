import type { CampaignDetail } from "@/lib/campaigns/get-campaign.ts";
import { formatDate, formatDateTime } from "@/lib/format/dates.ts";
import { AttributionStatusBadge, Confidence } from "./badges.tsx";
import { SourceCitation, SourceList } from "./source-citation.tsx";
import { ChangeStatusForm, type ChangeStatusFormProps } from "./change-status-form.tsx";

type Claim = CampaignDetail["attributions"][number];

const STANCE_WORDS: Record<Claim["responses"][number]["stance"], string> = {
  strongly_disagree: "denies",
  disagree: "disputes",
  neutral: "neither confirms nor denies",
  agree: "agrees",
  strongly_agree: "confirms",
};

export interface ClaimEditing {
  action: ChangeStatusFormProps["action"];
  campaignSlug: string;
  sources: ChangeStatusFormProps["sources"];
}

/** One attribution claim: who claims what with which confidence, on what evidence, and who denies it. */
export function AttributionClaim({ claim, editing }: { claim: Claim; editing?: ClaimEditing }) {
  return (
    <article className={`panel claim status-border-${claim.status}`} data-testid="attribution-claim" data-status={claim.status}>
      <div className="claim-head">
        <h3>
          {claim.network ? `${claim.network.name} → ` : ""}
          {claim.actor.name}
        </h3>
        <AttributionStatusBadge status={claim.status} />
        <Confidence value={claim.confidence} />
        <span className="muted">
          claimed by {claim.claimant.name}
          {claim.claimedAt ? `, ${formatDate(claim.claimedAt)}` : ""} · version {claim.version}
        </span>
      </div>
      <p>{claim.rationale}</p>
      <h4 className="muted">Sources</h4>
      <SourceList sources={claim.sources.map((link) => link.source)} />
      {claim.responses.map((response) => (
        <div className="response" key={response.id} data-testid="claim-response" data-stance={response.stance}>
          <strong>
            {response.actor.name}
            {response.spokesperson ? ` (${response.spokesperson})` : ""} {STANCE_WORDS[response.stance]}
          </strong>
          {response.statedAt ? <span className="muted"> · {formatDate(response.statedAt)}</span> : null}
          <blockquote>{response.statement}</blockquote>
          {response.source ? <SourceCitation source={response.source} /> : null}
        </div>
      ))}
      <details className="history">
        <summary>History ({claim.history.length} {claim.history.length === 1 ? "entry" : "entries"})</summary>
        <ol>
          {claim.history.map((change) => (
            <li key={change.id}>
              <time dateTime={change.changedAt.toISOString()}>{formatDateTime(change.changedAt)}</time> · v{change.version} ·{" "}
              {change.fromStatus ? `${change.fromStatus} → ` : "created as "}
              {change.toStatus}, confidence {change.fromConfidence !== null ? `${change.fromConfidence} → ` : ""}
              {change.toConfidence} · by {change.changedBy?.name ?? "system (seed)"}: {change.rationale}
              {change.sources.length ? <SourceList sources={change.sources.map((link) => link.source)} /> : null}
            </li>
          ))}
        </ol>
      </details>
      {editing ? (
        <ChangeStatusForm
          action={editing.action}
          campaignSlug={editing.campaignSlug}
          attributionId={claim.id}
          version={claim.version}
          status={claim.status}
          confidence={claim.confidence}
          sources={editing.sources}
        />
      ) : null}
    </article>
  );
}
