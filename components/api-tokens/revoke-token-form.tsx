"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/run-action.ts";

export interface RevokeTokenFormProps {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  tokenId: string;
  name: string;
}

/** Revokes one token: requests with it are refused from then on. */
export function RevokeTokenForm({ action, tokenId, name }: RevokeTokenFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-form" data-testid="revoke-token-form">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} aria-label={`Revoke ${name}`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      <span className={state?.ok ? "form-ok" : "form-error"} role="status" aria-live="polite">
        {state && !state.ok ? state.message : null}
      </span>
    </form>
  );
}
