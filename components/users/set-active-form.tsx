"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";
import { FieldError } from "../field-error.tsx";

export interface SetActiveFormProps {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  userId: string;
  email: string;
  active: boolean;
  lockedReason?: string;
}

/** Deactivates an active user (they are signed out at their next request) or reactivates one. */
export function SetActiveForm({ action, userId, email, active, lockedReason }: SetActiveFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const errorId = `user-${userId}-active-error`;
  const label = active ? "Deactivate" : "Reactivate";
  return (
    <form action={formAction} className="inline-form" data-testid="set-active-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button type="submit" disabled={pending || Boolean(lockedReason)} aria-label={`${label} ${email}`} aria-describedby={errorId}>
        {pending ? "Saving…" : label}
      </button>
      <FieldError id={errorId} errors={lockedReason ? undefined : errors.active} />
      <span className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid="set-active-result">
        {state?.message}
      </span>
    </form>
  );
}
