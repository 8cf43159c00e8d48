import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listActors } from "@/lib/actors/list-actors.ts";
import { humanise } from "@/lib/records/choices.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage() {
  const user = await requirePageSession();
  const canWrite = hasPermission(user.role, "records:write");
  const actors = await listActors(db());
  return (
    <>
      <h1>Actors</h1>
      <p className="muted">States, government bodies, parties, organisations and people that attribution claims name.</p>
      {canWrite ? (
        <p>
          <Link href="/actors/new">New actor</Link>
        </p>
      ) : null}
      {actors.length === 0 ? (
        <p className="empty">No actor yet.</p>
      ) : (
        <table data-testid="actors-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Country</th>
              <th scope="col">Belongs to</th>
              <th scope="col">Claims</th>
              {canWrite ? <th scope="col"><span className="visually-hidden">Edit</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor.id}>
                <td>{actor.name}</td>
                <td>{humanise(actor.kind)}</td>
                <td>{actor.country ?? "—"}</td>
                <td>{actor.parent?.name ?? "—"}</td>
                <td>{actor._count.attributions}</td>
                {canWrite ? (
                  <td>
                    <Link href={`/actors/${actor.slug}/edit`} aria-label={`Edit ${actor.name}`}>
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
