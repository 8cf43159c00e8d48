"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { CheckboxGroupField, DateField, SelectField, TextAreaField, TextField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface EventFormRecord {
  id: string;
  occurredAt: string;
  datePrecision: string;
  title: string;
  description: string;
  location: string;
  campaignId: string;
  sourceIds: string[];
}

export interface EventFormProps {
  action: RecordFormAction;
  record?: EventFormRecord;
  precisions: readonly Option[];
  campaigns: readonly Option[];
  sources: readonly Option[];
  initialCampaignId?: string;
}

/** Create or edit a dated event for a timeline, with how precisely its date is known. */
export function EventForm({ action, record, precisions, campaigns, sources, initialCampaignId }: EventFormProps) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save event" : "Create event"} testId="event-form">
      {record ? <input type="hidden" name="id" value={record.id} /> : null}
      <DateField name="occurredAt" label="Date" required defaultValue={record?.occurredAt} />
      <SelectField
        name="datePrecision"
        label="Date known to the"
        required
        options={precisions}
        defaultValue={record?.datePrecision ?? "day"}
        hint="An event known only to the month is stored as the month's first day and shown as “May 2024”."
      />
      <TextField name="title" label="Title" required maxLength={300} defaultValue={record?.title} />
      <TextAreaField name="description" label="Description" defaultValue={record?.description} />
      <TextField name="location" label="Location" maxLength={200} defaultValue={record?.location} />
      <SelectField name="campaignId" label="Campaign" options={campaigns} blank="None" defaultValue={record?.campaignId ?? initialCampaignId} />
      <CheckboxGroupField name="sourceIds" label="Sources (at least one)" options={sources} defaultValues={record?.sourceIds} empty="No source yet: add one first." />
    </RecordForm>
  );
}
