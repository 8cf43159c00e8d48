import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listSources } from "@/lib/sources/save-source.ts";
import { humanise } from "@/lib/records/choices.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { ExternalLink } from "@/components/external-link.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const user = await requirePageSession();
  const canWrite = hasPermission(user.role, "records:write");
  const sources = await listSources(db());
  return (
    <>
      <h1>Sources</h1>
      <p className="muted">Articles, reports and statements the records cite, with their Admiralty grades (reliability A-F, credibility 1-6).</p>
      {canWrite ? (
        <p>
          <Link href="/sources/new">New source</Link>
        </p>
      ) : null}
      {sources.length === 0 ? (
        <p className="empty">No source yet.</p>
      ) : (
        <table data-testid="sources-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Published</th>
              <th scope="col">Kind</th>
              <th scope="col">Grade</th>
              <th scope="col">Cited by</th>
              {canWrite ? <th scope="col"><span className="visually-hidden">Edit</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td>{source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : source.title}</td>
                <td>
                  {source.publisher}
                  {source.body ? <span className="muted"> ({source.body.name})</span> : null}
                </td>
                <td>{source.publishedAt ? formatDate(source.publishedAt) : "—"}</td>
                <td>{humanise(source.kind)}</td>
                <td>{source.reliability || source.credibility ? `${source.reliability ?? "?"}${source.credibility ?? "?"}` : "—"}</td>
                <td>
                  {source._count.campaigns} campaigns, {source._count.attributions} claims, {source._count.events} events
                </td>
                {canWrite ? (
                  <td>
                    <Link href={`/sources/${source.id}/edit`} aria-label={`Edit ${source.title}`}>
                      Edit
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
