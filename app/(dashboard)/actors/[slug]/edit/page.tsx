import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getActorBySlug, listActorOptions } from "@/lib/actors/list-actors.ts";
import { ACTOR_KINDS, optionsOf } from "@/lib/records/choices.ts";
import { ActorForm } from "@/components/forms/actor-form.tsx";
import { updateActorAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit actor" };

export default async function EditActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }] = await Promise.all([params, requirePageSession("records:write")]);
  const prisma = db();
  const [actor, parents] = await Promise.all([getActorBySlug(prisma, slug), listActorOptions(prisma)]);
  if (!actor) notFound();
  return (
    <>
      <h1>Edit {actor.name}</h1>
      <ActorForm
        action={updateActorAction}
        kinds={optionsOf(ACTOR_KINDS)}
        parents={parents}
        record={{
          id: actor.id,
          name: actor.name,
          slug: actor.slug,
          kind: actor.kind,
          country: actor.country ?? "",
          description: actor.description ?? "",
          parentId: actor.parentId ?? "",
          updatedAt: actor.updatedAt.toISOString(),
        }}
      />
    </>
  );
}
