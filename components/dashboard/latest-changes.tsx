import Link from "next/link";
import type { Overview } from "@/lib/dashboard/get-overview.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { AttributionStatusBadge } from "../badges.tsx";

export function LatestChanges({ changes }: { changes: Overview["latestChanges"] }) {
  if (changes.length === 0) return <p className="empty">No attribution changes match these filters.</p>;
  return (
    <ol className="changes" data-testid="latest-changes">
      {changes.map((change) => {
        const claim = change.attribution;
        const subject = claim.campaign ? claim.campaign.name : (claim.network?.name ?? "—");
        return (
          <li key={change.id}>
            <time dateTime={change.changedAt.toISOString()}>{formatDateTime(change.changedAt)}</time> ·{" "}
            {claim.campaign ? <Link href={`/campaigns/${claim.campaign.slug}`}>{subject}</Link> : subject} → {claim.actor.name}:{" "}
            {change.fromStatus ? (
              <>
                <AttributionStatusBadge status={change.fromStatus} /> → <AttributionStatusBadge status={change.toStatus} />
              </>
            ) : (
              <>
                created as <AttributionStatusBadge status={change.toStatus} />
              </>
            )}{" "}
            confidence {change.fromConfidence !== null ? `${change.fromConfidence} → ` : ""}
            {change.toConfidence} <span className="muted">by {change.changedBy?.name ?? "system (seed)"}</span>
          </li>
        );
      })}
    </ol>
  );
}
