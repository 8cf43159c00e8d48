"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { CheckboxGroupField, DateField, NameSlugFields, RecordVersionFields, SelectField, TextAreaField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface CampaignFormRecord {
  id: string;
  name: string;
  slug: string;
  summary: string;
  status: string;
  firstSeenAt: string;
  lastSeenAt: string;
  targetIds: string[];
  narrativeIds: string[];
  platforms: string[];
  updatedAt: string;
}

export interface CampaignFormProps {
  action: RecordFormAction;
  record?: CampaignFormRecord;
  statuses: readonly Option[];
  platforms: readonly Option[];
  targets: readonly Option[];
  narratives: readonly Option[];
}

/** Create or edit a campaign: what it is, when it ran, what it targets and pushes, where. */
export function CampaignForm({ action, record, statuses, platforms, targets, narratives }: CampaignFormProps) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save campaign" : "Create campaign"} testId="campaign-form">
      <RecordVersionFields record={record} />
      <NameSlugFields defaultName={record?.name} defaultSlug={record?.slug} />
      <TextAreaField name="summary" label="Summary" required defaultValue={record?.summary} />
      <SelectField name="status" label="Status" required options={statuses} defaultValue={record?.status ?? "active"} />
      <DateField name="firstSeenAt" label="First seen" defaultValue={record?.firstSeenAt} />
      <DateField name="lastSeenAt" label="Last seen" defaultValue={record?.lastSeenAt} />
      <CheckboxGroupField name="platforms" label="Platforms" options={platforms} defaultValues={record?.platforms} />
      <CheckboxGroupField name="targetIds" label="Targets" options={targets} defaultValues={record?.targetIds} />
      <TextAreaField name="newTargets" label="New targets" rows={2} hint="One per line, as “Name” or “Name | kind” (country, territory, event, organisation)." />
      <CheckboxGroupField name="narrativeIds" label="Narratives" options={narratives} defaultValues={record?.narrativeIds} />
      <TextAreaField name="newNarratives" label="New narratives" rows={2} hint="One statement per line, e.g. “The Paris 2024 Olympic Games should be boycotted”." />
    </RecordForm>
  );
}
