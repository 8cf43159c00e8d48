import { formatDate } from "@/lib/format/dates.ts";
import { ExternalLink } from "./external-link.tsx";

export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedAt: Date | null;
  archivedCopy: string | null;
}

export function SourceCitation({ source }: { source: CitedSource }) {
  return (
    <span className="citation">
      <span className="publisher">{source.publisher}</span>
      {source.publishedAt ? `, ${formatDate(source.publishedAt)}` : ""}: {" "}
      {source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : <cite>{source.title}</cite>}
      {source.archivedCopy ? <span className="archived"> (copy: {source.archivedCopy})</span> : null}
    </span>
  );
}

export function SourceList({ sources }: { sources: CitedSource[] }) {
  if (sources.length === 0) return <p className="muted">No source recorded.</p>;
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          <SourceCitation source={source} />
        </li>
      ))}
    </ul>
  );
}
