"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";
import { ROLES, type Role } from "@/lib/auth/permissions.ts";
import { FieldError } from "../field-error.tsx";

export interface ChangeRoleFormProps {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  userId: string;
  email: string;
  role: Role;
  /** Shown instead of the form's controls being usable (the server refuses anyway). */
  lockedReason?: string;
}

/** An admin changes one user's role. */
export function ChangeRoleForm({ action, userId, email, role, lockedReason }: ChangeRoleFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const errorId = `user-${userId}-role-error`;
  return (
    <form action={formAction} className="inline-form" data-testid="change-role-form">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} disabled={Boolean(lockedReason)} aria-label={`Role of ${email}`} aria-describedby={errorId}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending || Boolean(lockedReason)} aria-label={`Save role of ${email}`}>
        {pending ? "Saving…" : "Save role"}
      </button>
      {lockedReason ? (
        <span id={errorId} className="muted">
          {lockedReason}
        </span>
      ) : (
        <FieldError id={errorId} errors={errors.role} />
      )}
      <span className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid="change-role-result">
        {state?.message}
      </span>
    </form>
  );
}
