"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";
import { FieldError } from "../field-error.tsx";

/** The action's answer: on success, the secret, shown this once and never again. */
export type CreateTokenState = (NonNullable<ActionState> & { secret?: string; values?: { name: string; expiresInDays: string } }) | null;

export interface CreateTokenFormProps {
  action: (previous: CreateTokenState, form: FormData) => Promise<CreateTokenState>;
  /** lib/api-tokens/token-fields.ts's TOKEN_LIFETIME_DAYS, passed in so zod stays out of the browser bundle. */
  lifetimes: readonly number[];
}

/** Names a new token and its expiry; after creation shows the secret once, with a copy button. */
export function CreateTokenForm({ action, lifetimes }: CreateTokenFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <>
      <form action={formAction} className="stacked-form panel" data-testid="create-token-form">
        <label>
          Name
          <input name="name" type="text" autoComplete="off" required maxLength={100} defaultValue={values?.name} placeholder="e.g. nightly export script" aria-describedby="token-name-error" />
          <FieldError id="token-name-error" errors={errors.name} />
        </label>
        <label>
          Expires
          <select key={values?.expiresInDays ?? "90"} name="expiresInDays" defaultValue={values?.expiresInDays ?? "90"} aria-describedby="token-expiry-error">
            {lifetimes.map((days) => (
              <option key={days} value={String(days)}>
                in {days} days
              </option>
            ))}
            <option value="">never</option>
          </select>
          <FieldError id="token-expiry-error" errors={errors.expiresInDays} />
        </label>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
        <p className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite" data-testid="create-token-result">
          {state?.message}
        </p>
      </form>
      {state?.ok && state.secret ? (
        <div className="notice" data-testid="new-token">
          <p>
            <strong>Copy this token now.</strong> It is shown only once; only its fingerprint is stored. Send it as{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <p>
            <code data-testid="new-token-secret" style={{ overflowWrap: "anywhere" }}>
              {state.secret}
            </code>{" "}
            <button type="button" onClick={() => void navigator.clipboard?.writeText(state.secret ?? "")}>
              Copy
            </button>
          </p>
        </div>
      ) : null}
    </>
  );
}
