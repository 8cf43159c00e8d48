"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";
import { ROLES } from "@/lib/auth/permissions.ts";
import { FieldError } from "../field-error.tsx";

/** What the form typed, sent back on failure so the fields keep it (never the password). */
export interface CreateUserValues {
  email: string;
  name: string;
  role: string;
}

export type CreateUserState = (NonNullable<ActionState> & { values?: CreateUserValues }) | null;

export interface CreateUserFormProps {
  action: (previous: CreateUserState, form: FormData) => Promise<CreateUserState>;
  /** lib/users/user-fields.ts's MIN_PASSWORD_LENGTH, passed in so zod stays out of the browser bundle. */
  minPasswordLength: number;
}

/** An admin adds a user with a role and an initial password. */
export function CreateUserForm({ action, minPasswordLength }: CreateUserFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="stacked-form panel" data-testid="create-user-form">
      <label>
        Email
        <input name="email" type="email" autoComplete="off" required maxLength={254} defaultValue={values?.email} aria-describedby="new-user-email-error" />
        <FieldError id="new-user-email-error" errors={errors.email} />
      </label>
      <label>
        Name
        <input name="name" type="text" autoComplete="off" required maxLength={200} defaultValue={values?.name} aria-describedby="new-user-name-error" />
        <FieldError id="new-user-name-error" errors={errors.name} />
      </label>
      <label>
        Role
        {/* Keyed by the value: a select takes its default only when mounted, and React resets the form after each action. */}
        <select key={values?.role ?? "viewer"} name="role" defaultValue={values?.role ?? "viewer"} aria-describedby="new-user-role-error">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <FieldError id="new-user-role-error" errors={errors.role} />
      </label>
      <label>
        Initial password (at least {minPasswordLength} characters)
        <input name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} aria-describedby="new-user-password-error" />
        <FieldError id="new-user-password-error" errors={errors.password} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </button>
      <p className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid="create-user-result">
        {state?.message}
      </p>
    </form>
  );
}
