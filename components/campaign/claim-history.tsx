import type { CampaignDetail } from "@/lib/campaigns/get-campaign.ts";
import { confidenceSteps } from "@/lib/charts/confidence-steps.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { ChartFrame } from "../charts/chart-frame.tsx";
import { ConfidenceHistoryChart } from "../charts/confidence-history-chart.tsx";

/** Each claim's confidence over time as a step chart, with the changes as a table. */
export function ClaimHistory({ claims }: { claims: CampaignDetail["attributions"] }) {
  if (claims.length === 0) return null;
  const label = (claim: (typeof claims)[number]) => `${claim.actor.name} (${claim.claimant.name})`;
  const steps = confidenceSteps(
    claims.map((claim) => ({ id: claim.id, changes: claim.history.map((change) => ({ at: change.changedAt, confidence: change.toConfidence })) })),
    new Date(),
  );
  return (
    <ChartFrame
      title="Confidence over time"
      description="Each claim's STIX confidence after every change, as a step line; the last value runs to today."
      empty={false}
      emptyMessage=""
      table={{
        columns: ["Claim", "Changed (UTC)", "Status", "Confidence"],
        rows: claims.flatMap((claim) => claim.history.map((change) => [label(claim), formatDateTime(change.changedAt), change.toStatus, change.toConfidence])),
      }}
    >
      <ConfidenceHistoryChart rows={steps} claims={claims.map((claim) => ({ id: claim.id, label: label(claim) }))} />
    </ChartFrame>
  );
}
