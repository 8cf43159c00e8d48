"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { NameSlugFields, RecordVersionFields, SelectField, TextField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface BodyFormRecord {
  id: string;
  name: string;
  slug: string;
  kind: string;
  country: string;
  url: string;
  updatedAt: string;
}

/** Create or edit an investigating body: an agency, newsroom, lab or platform. */
export function BodyForm({ action, record, kinds }: { action: RecordFormAction; record?: BodyFormRecord; kinds: readonly Option[] }) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save investigating body" : "Create investigating body"} testId="body-form">
      <RecordVersionFields record={record} />
      <NameSlugFields defaultName={record?.name} defaultSlug={record?.slug} />
      <SelectField name="kind" label="Kind" required options={kinds} blank="Choose a kind" defaultValue={record?.kind} />
      <TextField name="country" label="Country" hint="ISO 3166-1 two-letter code, e.g. FR" maxLength={2} defaultValue={record?.country} />
      <TextField name="url" label="Website" type="url" hint="http(s) address" defaultValue={record?.url} />
    </RecordForm>
  );
}
