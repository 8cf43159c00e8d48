"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";
import { FieldError } from "../field-error.tsx";

export interface TechniquePickerGroup {
  tactic: { externalId: string; name: string };
  techniques: { externalId: string; name: string; isSubtechnique: boolean }[];
}

type FormAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/** Adds a DISARM technique to a campaign: a picker grouped by tactic, and a note saying why. */
export function TechniqueTagForm({ action, campaignId, groups }: { action: FormAction; campaignId: string; groups: TechniquePickerGroup[] }) {
  // Controlled, so a refused submission keeps what the analyst chose and wrote.
  const [technique, setTechnique] = useState("");
  const [note, setNote] = useState("");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(async (previous, form) => {
    const result = await action(previous, form);
    if (result?.ok) {
      setTechnique("");
      setNote("");
    }
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="stacked-form" data-testid="technique-tag-form" aria-label="Add a DISARM technique">
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className="field">
        <label htmlFor="technique-tag-technique">Technique</label>
        <select
          id="technique-tag-technique"
          name="technique"
          value={technique}
          onChange={(event) => setTechnique(event.target.value)}
          required
          aria-invalid={errors.technique ? true : undefined}
          aria-describedby="technique-tag-technique-error"
        >
          <option value="">Choose a technique…</option>
          {groups.map((group) => (
            <optgroup key={group.tactic.externalId} label={`${group.tactic.externalId} ${group.tactic.name}`}>
              {group.techniques.map((option) => (
                <option key={option.externalId} value={option.externalId}>
                  {option.isSubtechnique ? "\u00a0\u00a0" : ""}
                  {option.externalId} {option.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="technique-tag-technique-error" errors={errors.technique} />
      </div>
      <div className="field">
        <label htmlFor="technique-tag-note">Note (optional): what in the sources shows it</label>
        <textarea
          id="technique-tag-note"
          name="note"
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby="technique-tag-note-error"
        />
        <FieldError id="technique-tag-note-error" errors={errors.note} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add technique"}
      </button>
      <p className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid="technique-tag-result">
        {state?.message}
      </p>
    </form>
  );
}

/** Removes one technique tag from a campaign. */
export function TechniqueRemoveButton({ action, campaignId, technique }: { action: FormAction; campaignId: string; technique: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="technique" value={technique} />
      <button type="submit" className="link-button" disabled={pending} aria-label={`Remove ${technique}`}>
        {pending ? "Removing…" : "Remove"}
      </button>
      {state && !state.ok ? (
        <span className="form-error" role="status" aria-live="polite">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
