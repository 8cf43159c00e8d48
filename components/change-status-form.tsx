"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";
import { FieldError } from "./field-error.tsx";

const STATUSES = ["suspected", "assessed", "confirmed", "disputed", "retracted"] as const;

export interface ChangeStatusFormProps {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  campaignSlug: string;
  attributionId: string;
  version: number;
  status: (typeof STATUSES)[number];
  confidence: number;
  sources: { id: string; label: string }[];
}

/** An editor's change of a claim's status and/or confidence, with rationale and sources. */
export function ChangeStatusForm({ action, campaignSlug, attributionId, version, status, confidence, sources }: ChangeStatusFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const prefix = `claim-${attributionId}`;
  return (
    <details className="change-status" open={Boolean(state && !state.ok)}>
      <summary>Change status or confidence</summary>
      <form action={formAction} className="stacked-form" data-testid="change-status-form">
        <input type="hidden" name="campaignSlug" value={campaignSlug} />
        <input type="hidden" name="attributionId" value={attributionId} />
        {/* The version this editor read: the server refuses the save if someone saved since. */}
        <input type="hidden" name="expectedVersion" value={version} />
        <label>
          Status
          <select name="status" defaultValue={status} aria-describedby={`${prefix}-status-error`}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <FieldError id={`${prefix}-status-error`} errors={errors.status} />
        </label>
        <label>
          Confidence (0-100)
          <input name="confidence" type="number" min={0} max={100} step={1} defaultValue={confidence} aria-describedby={`${prefix}-confidence-error`} />
          <FieldError id={`${prefix}-confidence-error`} errors={errors.confidence} />
        </label>
        <label>
          Rationale
          <textarea name="rationale" rows={3} required minLength={10} aria-describedby={`${prefix}-rationale-error`} />
          <FieldError id={`${prefix}-rationale-error`} errors={errors.rationale} />
        </label>
        <fieldset aria-describedby={`${prefix}-sources-error`}>
          <legend>Sources (at least one)</legend>
          {sources.map((source) => (
            <label key={source.id} className="checkbox">
              <input type="checkbox" name="sourceIds" value={source.id} /> {source.label}
            </label>
          ))}
          <FieldError id={`${prefix}-sources-error`} errors={errors.sourceIds} />
        </fieldset>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save change"}
        </button>
        <p className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid="change-status-result">
          {state?.message}
        </p>
      </form>
    </details>
  );
}
