import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listBodies } from "@/lib/bodies/list-bodies.ts";
import { humanise } from "@/lib/records/choices.ts";
import { ExternalLink } from "@/components/external-link.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Investigating bodies" };

export default async function BodiesPage() {
  const user = await requirePageSession();
  const canWrite = hasPermission(user.role, "records:write");
  const bodies = await listBodies(db());
  return (
    <>
      <h1>Investigating bodies</h1>
      <p className="muted">Agencies, newsrooms, research labs and platforms that investigate campaigns and make attribution claims.</p>
      {canWrite ? (
        <p>
          <Link href="/bodies/new">New investigating body</Link>
        </p>
      ) : null}
      {bodies.length === 0 ? (
        <p className="empty">No investigating body yet.</p>
      ) : (
        <table data-testid="bodies-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Country</th>
              <th scope="col">Website</th>
              <th scope="col">Claims</th>
              <th scope="col">Sources</th>
              {canWrite ? <th scope="col"><span className="visually-hidden">Edit</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {bodies.map((body) => (
              <tr key={body.id}>
                <td>{body.name}</td>
                <td>{humanise(body.kind)}</td>
                <td>{body.country ?? "—"}</td>
                <td>{body.url ? <ExternalLink href={body.url} /> : "—"}</td>
                <td>{body._count.attributions}</td>
                <td>{body._count.sources}</td>
                {canWrite ? (
                  <td>
                    <Link href={`/bodies/${body.slug}/edit`} aria-label={`Edit ${body.name}`}>
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
