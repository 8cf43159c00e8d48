import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listActors } from "@/lib/actors/list-actors.ts";
import { humanise } from "@/lib/records/choices.ts";
import { RecordList } from "@/components/records/record-list.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage() {
  const user = await requirePageSession();
  const actors = await listActors(db());
  return (
    <RecordList
      title="Actors"
      description="States, government bodies, parties, organisations and people that attribution claims name."
      canWrite={hasPermission(user.role, "records:write")}
      newLink={{ href: "/actors/new", label: "New actor" }}
      empty="No actor yet."
      testId="actors-table"
      rows={actors}
      rowKey={(actor) => actor.id}
      edit={(actor) => ({ href: `/actors/${actor.slug}/edit`, label: `Edit ${actor.name}` })}
      columns={[
        { header: "Name", cell: (actor) => actor.name },
        { header: "Kind", cell: (actor) => humanise(actor.kind) },
        { header: "Country", cell: (actor) => actor.country ?? "—" },
        { header: "Belongs to", cell: (actor) => actor.parent?.name ?? "—" },
        { header: "Claims", cell: (actor) => actor._count.attributions },
      ]}
    />
  );
}
