"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { CheckboxGroupField, DateField, RecordVersionFields, SelectField, TextField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface SourceFormRecord {
  id: string;
  title: string;
  publisher: string;
  url: string;
  publishedAt: string;
  kind: string;
  language: string;
  reliability: string;
  credibility: string;
  bodyId: string;
  campaignIds: string[];
  updatedAt: string;
}

export interface SourceFormProps {
  action: RecordFormAction;
  record?: SourceFormRecord;
  kinds: readonly Option[];
  reliability: readonly Option[];
  credibility: readonly Option[];
  bodies: readonly Option[];
  campaigns: readonly Option[];
  /** Campaigns ticked on a new source (e.g. when it is added from a campaign's page). */
  initialCampaignIds?: string[];
  /** The campaign (slug) to go back to after saving. */
  returnTo?: string;
}

/** Create or edit a source, graded on the Admiralty scale, and the campaigns it documents. */
export function SourceForm({ action, record, kinds, reliability, credibility, bodies, campaigns, initialCampaignIds = [], returnTo }: SourceFormProps) {
  return (
    <RecordForm action={action} submitLabel={record ? "Save source" : "Create source"} testId="source-form">
      <RecordVersionFields record={record} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField name="title" label="Title" required maxLength={500} defaultValue={record?.title} />
      <TextField name="publisher" label="Publisher" required maxLength={200} defaultValue={record?.publisher} />
      <TextField name="url" label="URL" type="url" hint="http(s) address" defaultValue={record?.url} />
      <DateField name="publishedAt" label="Published" defaultValue={record?.publishedAt} />
      <SelectField name="kind" label="Kind" required options={kinds} blank="Choose a kind" defaultValue={record?.kind} />
      <TextField name="language" label="Language" hint="BCP 47 tag: fr, en, pt-BR" maxLength={35} defaultValue={record?.language} />
      <SelectField name="reliability" label="Source reliability" options={reliability} blank="Not graded" defaultValue={record?.reliability} />
      <SelectField name="credibility" label="Information credibility" options={credibility} blank="Not graded" defaultValue={record?.credibility} />
      <SelectField name="bodyId" label="Published by (investigating body)" options={bodies} blank="None of the tracked bodies" defaultValue={record?.bodyId} />
      <CheckboxGroupField name="campaignIds" label="Campaigns it documents" options={campaigns} defaultValues={record?.campaignIds ?? initialCampaignIds} />
    </RecordForm>
  );
}
