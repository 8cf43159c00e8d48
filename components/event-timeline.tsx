import type { CampaignDetail } from "@/lib/campaigns/get-campaign.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { SourceList } from "./source-citation.tsx";

type TimelineEvent = CampaignDetail["events"][number];

export function EventTimeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="empty">No events logged for this campaign.</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id} data-testid="event">
          <time dateTime={event.occurredAt.toISOString()}>{formatDate(event.occurredAt, event.datePrecision)}</time> · {event.title}
          {event.location ? <span className="muted"> ({event.location})</span> : null}
          {event.description ? <p>{event.description}</p> : null}
          <SourceList sources={event.sources.map((link) => link.source)} />
        </li>
      ))}
    </ol>
  );
}
