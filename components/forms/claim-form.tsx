"use client";

import type { RecordFormAction } from "@/lib/actions/record-form-state.ts";
import { CheckboxGroupField, DateField, NumberField, SelectField, TextAreaField, type Option } from "./fields.tsx";
import { RecordForm } from "./record-form.tsx";

export interface ClaimFormProps {
  action: RecordFormAction;
  /** The campaign or the network the claim is about. */
  subject: { field: "campaignId" | "networkId"; id: string; slug: string };
  actors: readonly Option[];
  bodies: readonly Option[];
  sources: readonly Option[];
}

/** Propose an attribution claim. It is recorded as suspected; editors move it on. */
export function ClaimForm({ action, subject, actors, bodies, sources }: ClaimFormProps) {
  return (
    <RecordForm action={action} submitLabel="Propose claim" testId="claim-form">
      <input type="hidden" name={subject.field} value={subject.id} />
      <SelectField name="actorId" label="Attributed to (actor)" required options={actors} blank="Choose an actor" />
      <SelectField name="claimantId" label="Claimed by (investigating body)" required options={bodies} blank="Choose an investigating body" />
      <NumberField name="confidence" label="Confidence (0-100, STIX 2.1)" required min={0} max={100} step={1} hint="15 low, 50 medium, 85 high." />
      <TextAreaField name="rationale" label="Rationale" required hint="What the claimant says and on what evidence (at least 10 characters)." />
      <DateField name="claimedAt" label="Claimed on" />
      <CheckboxGroupField name="sourceIds" label="Sources (at least one)" options={sources} empty="No source yet: add one first." />
    </RecordForm>
  );
}
