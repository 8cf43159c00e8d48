"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createSource, updateSource } from "@/lib/sources/save-source.ts";

/** After a save from a campaign's page, go back there; otherwise to the list of sources. */
function backTo(values: Record<string, string | string[]>): string {
  const slug = values.returnTo;
  return typeof slug === "string" && /^[a-z0-9-]+$/.test(slug) ? `/campaigns/${slug}` : "/sources";
}

export async function createSourceAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const source = await createSource(db(), user, values);
    return { message: `Created ${source.title}.`, redirectTo: backTo(values), revalidate: ["/sources"] };
  });
}

export async function updateSourceAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const source = await updateSource(db(), user, values);
    // Sources are cited on campaign pages and the overview's timeline.
    return { message: `Saved ${source.title}.`, redirectTo: "/sources", revalidate: ["/"] };
  });
}
