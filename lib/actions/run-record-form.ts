import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "../auth/session.ts";
import type { FormValues, RecordFormState } from "./record-form-state.ts";
import { runAction } from "./run-action.ts";

/** Every text field of a form (files are ignored), repeated names as lists. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 && !key.endsWith("Ids") && key !== "platforms" ? (all[0] ?? "") : all;
  }
  return values;
}

export interface RecordFormOutcome {
  message: string;
  /** Where to go after a successful save (the record's page or list). */
  redirectTo: string;
  revalidate?: string[];
}

/**
 * runAction for the record forms: the domain function gets the form's values as a plain
 * object; a refused save returns the values so the form shows what was typed; a saved
 * record redirects to its page (outside runAction, whose catch would swallow the redirect).
 */
export async function runRecordForm(
  form: FormData,
  work: (user: SessionUser, values: FormValues) => Promise<RecordFormOutcome>,
  touched: string[] = [],
): Promise<RecordFormState> {
  const values = formValues(form);
  let redirectTo: string | null = null;
  const result = await runAction(async (user) => {
    const outcome = await work(user, values);
    redirectTo = outcome.redirectTo;
    return { message: outcome.message, revalidate: [...(outcome.revalidate ?? []), outcome.redirectTo.split(/[?#]/)[0] ?? "/"] };
  }, touched);
  if (result?.ok && redirectTo) redirect(redirectTo);
  if (result && !result.ok) return { ...result, values };
  return result;
}
