import Link from "next/link";
import type { DatePrecision } from "@/lib/db/generated/sqlite/enums.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { SourceList, type CitedSource } from "./source-citation.tsx";

export interface TimelineEvent {
  id: string;
  occurredAt: Date;
  datePrecision: DatePrecision;
  title: string;
  description: string | null;
  location: string | null;
  sources: { source: CitedSource }[];
  campaign?: { slug: string; name: string } | null;
}

/** Dated events with their sources; `compact` folds the sources away (for the overview). */
export function EventTimeline({
  events,
  emptyMessage = "No events logged for this campaign.",
  compact = false,
}: {
  events: TimelineEvent[];
  emptyMessage?: string;
  compact?: boolean;
}) {
  if (events.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id} data-testid="event">
          <time dateTime={event.occurredAt.toISOString()}>{formatDate(event.occurredAt, event.datePrecision)}</time> · {event.title}
          {event.location ? <span className="muted"> ({event.location})</span> : null}
          {event.campaign ? (
            <span className="muted">
              {" "}
              · <Link href={`/campaigns/${event.campaign.slug}`}>{event.campaign.name}</Link>
            </span>
          ) : null}
          {event.description && !compact ? <p>{event.description}</p> : null}
          {compact ? (
            <details>
              <summary className="muted">Sources ({event.sources.length})</summary>
              <SourceList sources={event.sources.map((link) => link.source)} />
            </details>
          ) : (
            <SourceList sources={event.sources.map((link) => link.source)} />
          )}
        </li>
      ))}
    </ol>
  );
}
