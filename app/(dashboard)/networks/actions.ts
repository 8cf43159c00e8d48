"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createNetwork, updateNetwork } from "@/lib/networks/save-network.ts";

export async function createNetworkAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const network = await createNetwork(db(), user, values);
    return { message: `Created ${network.name}.`, redirectTo: "/networks", revalidate: ["/"] };
  });
}

export async function updateNetworkAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const network = await updateNetwork(db(), user, values);
    return { message: `Saved ${network.name}.`, redirectTo: "/networks", revalidate: ["/"] };
  });
}
