"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createBody, updateBody } from "@/lib/bodies/save-body.ts";

export async function createBodyAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const body = await createBody(db(), user, values);
    return { message: `Created ${body.name}.`, redirectTo: "/bodies" };
  });
}

export async function updateBodyAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const body = await updateBody(db(), user, values);
    return { message: `Saved ${body.name}.`, redirectTo: "/bodies", revalidate: ["/"] };
  });
}
