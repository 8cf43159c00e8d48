"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { NameSlugFields, RecordVersionFields, SelectField, TextAreaField, TextField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface ActorFormRecord {
  id: string;
  name: string;
  slug: string;
  kind: string;
  country: string;
  description: string;
  parentId: string;
  updatedAt: string;
}

/** Create or edit an actor: a state, party, organisation or person claims may name. */
export function ActorForm({ action, record, kinds, parents }: { action: RecordFormAction; record?: ActorFormRecord; kinds: readonly Option[]; parents: readonly Option[] }) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save actor" : "Create actor"} testId="actor-form">
      <RecordVersionFields record={record} />
      <NameSlugFields defaultName={record?.name} defaultSlug={record?.slug} />
      <SelectField name="kind" label="Kind" required options={kinds} blank="Choose a kind" defaultValue={record?.kind} />
      <TextField name="country" label="Country" hint="ISO 3166-1 two-letter code, e.g. AZ" maxLength={2} defaultValue={record?.country} />
      <TextAreaField name="description" label="Description" defaultValue={record?.description} />
      <SelectField
        name="parentId"
        label="Belongs to"
        hint="The state or organisation this actor belongs to or is reported to serve."
        options={parents.filter((option) => option.value !== record?.id)}
        blank="None"
        defaultValue={record?.parentId}
      />
    </RecordForm>
  );
}
