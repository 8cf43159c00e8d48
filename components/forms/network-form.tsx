"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { CheckboxGroupField, NameSlugFields, RecordVersionFields, TextAreaField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface NetworkFormRecord {
  id: string;
  name: string;
  slug: string;
  description: string;
  campaignIds: string[];
  updatedAt: string;
  /** "x @someone" for the first members, and how many there are in all. */
  members: string[];
  memberCount: number;
}

/** Create or edit a network: its campaigns, and accounts added or removed by platform and handle. */
export function NetworkForm({ action, record, campaigns }: { action: RecordFormAction; record?: NetworkFormRecord; campaigns: readonly Option[] }) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save network" : "Create network"} testId="network-form">
      <RecordVersionFields record={record} />
      <NameSlugFields defaultName={record?.name} defaultSlug={record?.slug} />
      <TextAreaField name="description" label="Description" defaultValue={record?.description} />
      <CheckboxGroupField name="campaignIds" label="Campaigns it serves" options={campaigns} defaultValues={record?.campaignIds} />
      {record ? (
        <div className="field">
          <span>
            Members ({record.memberCount.toLocaleString("en")}
            {record.memberCount > record.members.length ? `, first ${record.members.length} shown` : ""})
          </span>
          <p className="muted" data-testid="network-members">{record.members.length ? record.members.join(", ") : "No member yet."}</p>
        </div>
      ) : null}
      <TextAreaField name="addAccounts" label="Add accounts" rows={3} hint="One per line, as “platform handle”, e.g. “x @someone”. The account must be recorded already." />
      {record ? <TextAreaField name="removeAccounts" label="Remove accounts" rows={2} hint="One per line, as “platform handle”." /> : null}
    </RecordForm>
  );
}
