"use server";

import { db } from "@/lib/db/client.ts";
import type { RecordFormState } from "@/lib/actions/record-form-state.ts";
import { runRecordForm } from "@/lib/actions/run-record-form.ts";
import { createAccount, updateAccount } from "@/lib/accounts/save-account.ts";

export async function createAccountAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const account = await createAccount(db(), user, values);
    return { message: `Recorded ${account.platform} @${account.handle}.`, redirectTo: `/accounts?q=${encodeURIComponent(account.handle)}` };
  });
}

export async function updateAccountAction(_previous: RecordFormState, form: FormData): Promise<RecordFormState> {
  return runRecordForm(form, async (user, values) => {
    const account = await updateAccount(db(), user, values);
    return { message: `Saved ${account.platform} @${account.handle}.`, redirectTo: `/accounts?q=${encodeURIComponent(account.handle)}` };
  });
}
