import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listActorOptions } from "@/lib/actors/list-actors.ts";
import { ACTOR_KINDS, optionsOf } from "@/lib/records/choices.ts";
import { ActorForm } from "@/components/forms/actor-form.tsx";
import { createActorAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New actor" };

export default async function NewActorPage() {
  await requirePageSession("records:write");
  const parents = await listActorOptions(db());
  return (
    <>
      <h1>New actor</h1>
      <ActorForm action={createActorAction} kinds={optionsOf(ACTOR_KINDS)} parents={parents} />
    </>
  );
}
