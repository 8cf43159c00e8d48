import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listSources } from "@/lib/sources/save-source.ts";
import { humanise } from "@/lib/records/choices.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { ExternalLink } from "@/components/external-link.tsx";
import { RecordList } from "@/components/records/record-list.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const user = await requirePageSession();
  const sources = await listSources(db());
  return (
    <RecordList
      title="Sources"
      description="Articles, reports and statements the records cite, with their Admiralty grades (reliability A-F, credibility 1-6)."
      canWrite={hasPermission(user.role, "records:write")}
      newLink={{ href: "/sources/new", label: "New source" }}
      empty="No source yet."
      testId="sources-table"
      rows={sources}
      rowKey={(source) => source.id}
      edit={(source) => ({ href: `/sources/${source.id}/edit`, label: `Edit ${source.title}` })}
      columns={[
        { header: "Title", cell: (source) => (source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : source.title) },
        {
          header: "Publisher",
          cell: (source) => (
            <>
              {source.publisher}
              {source.body ? <span className="muted"> ({source.body.name})</span> : null}
            </>
          ),
        },
        { header: "Published", cell: (source) => (source.publishedAt ? formatDate(source.publishedAt) : "—") },
        { header: "Kind", cell: (source) => humanise(source.kind) },
        { header: "Grade", cell: (source) => (source.reliability || source.credibility ? `${source.reliability ?? "?"}${source.credibility ?? "?"}` : "—") },
        {
          header: "Cited by",
          cell: (source) => (
            <>
              {source._count.campaigns} campaigns, {source._count.attributions} claims, {source._count.events} events
            </>
          ),
        },
      ]}
    />
  );
}
