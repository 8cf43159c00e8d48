"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createEvent, updateEvent } from "@/lib/events/save-event.ts";

const back = (slug: string | null) => (slug ? `/campaigns/${encodeURIComponent(slug)}` : "/");

export async function createEventAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const event = await createEvent(db(), user, values);
    // The overview's timeline shows every event.
    return { message: "Event added.", redirectTo: back(event.campaignSlug), revalidate: ["/"] };
  });
}

export async function updateEventAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const event = await updateEvent(db(), user, values);
    return { message: "Event saved.", redirectTo: back(event.campaignSlug), revalidate: ["/", back(event.previousCampaignSlug)] };
  });
}
