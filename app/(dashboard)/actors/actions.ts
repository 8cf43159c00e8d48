"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createActor, updateActor } from "@/lib/actors/save-actor.ts";

export async function createActorAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const actor = await createActor(db(), user, values);
    return { message: `Created ${actor.name}.`, redirectTo: "/actors" };
  });
}

export async function updateActorAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const actor = await updateActor(db(), user, values);
    // Claims show the actor's name on campaign pages and the overview.
    return { message: `Saved ${actor.name}.`, redirectTo: "/actors", revalidate: ["/"] };
  });
}
