"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { RecordFormAction, RecordFormState } from "@/lib/actions/record-form-state.ts";

const FormStateContext = createContext<RecordFormState>(null);

/** The state of the enclosing record form (its field errors and the values it sent back). */
export function useRecordFormState(): RecordFormState {
  return useContext(FormStateContext);
}

/** The errors the last save gave a field, if any. */
export function useFieldErrors(name: string): string[] | undefined {
  const state = useRecordFormState();
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/**
 * What a field shows: after a refused save, what the user typed (sent back by the action);
 * otherwise the record's stored value. React resets a form after its action, and the
 * reset restores these defaults, so the typed input survives an error.
 */
export function useFieldValue(name: string, stored: string | undefined): string {
  const state = useRecordFormState();
  if (state && !state.ok && state.values) {
    const value = state.values[name];
    return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  }
  return stored ?? "";
}

export function useFieldValues(name: string, stored: readonly string[]): string[] {
  const state = useRecordFormState();
  if (state && !state.ok && state.values) {
    const value = state.values[name];
    return Array.isArray(value) ? value : value ? [value] : [];
  }
  return [...stored];
}

export interface RecordFormProps {
  action: RecordFormAction;
  submitLabel: string;
  testId: string;
  children: ReactNode;
}

/** A record form: a server action with useActionState, its fields, a submit button and the result. */
export function RecordForm({ action, submitLabel, testId, children }: RecordFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const formErrors = state && !state.ok ? state.fieldErrors?.form : undefined;
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className="stacked-form panel" data-testid={testId} noValidate>
        {children}
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <p className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid={`${testId}-result`}>
          {state?.message}
          {formErrors?.length ? ` ${formErrors.join(" ")}` : null}
        </p>
      </form>
    </FormStateContext.Provider>
  );
}
