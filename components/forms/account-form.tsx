"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { DateField, NumberField, SelectField, TextField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface AccountFormRecord {
  id: string;
  platform: string;
  handle: string;
  displayName: string;
  platformAccountId: string;
  accountCreatedAt: string;
  followers: string;
}

/** Create or edit a platform account (one per platform and handle). */
export function AccountForm({ action, record, platforms }: { action: RecordFormAction; record?: AccountFormRecord; platforms: readonly Option[] }) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save account" : "Create account"} testId="account-form">
      {record ? <input type="hidden" name="id" value={record.id} /> : null}
      <SelectField name="platform" label="Platform" required options={platforms} blank="Choose a platform" defaultValue={record?.platform} />
      <TextField name="handle" label="Handle" required maxLength={200} hint="Without or with the @." defaultValue={record?.handle} />
      <TextField name="displayName" label="Display name" maxLength={500} defaultValue={record?.displayName} />
      <TextField name="platformAccountId" label="Platform account id" maxLength={200} defaultValue={record?.platformAccountId} />
      <DateField name="accountCreatedAt" label="Created on the platform" defaultValue={record?.accountCreatedAt} />
      <NumberField name="followers" label="Followers" min={0} defaultValue={record?.followers} />
    </RecordForm>
  );
}
