"use server";

import { db } from "@/lib/db/client.ts";
import { runAction, type ActionState } from "@/lib/actions/run-action.ts";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-tokens.ts";
import type { CreateTokenState } from "@/components/api-tokens/create-token-form.tsx";

const TOKENS_PAGE = "/settings/tokens";

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

/** Creates a token; the secret goes back to this form only, once (it is not stored). */
export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  let secret: string | undefined;
  const result = await runAction(
    async (user) => {
      const created = await createApiToken(db(), user, { name: form.get("name"), expiresInDays: form.get("expiresInDays") });
      secret = created.secret;
      return { message: `Created the token "${created.token.name}".` };
    },
    [TOKENS_PAGE],
  );
  if (result?.ok) return { ...result, secret };
  if (result) return { ...result, values: { name: text(form.get("name")), expiresInDays: text(form.get("expiresInDays")) } };
  return result;
}

export async function revokeTokenAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (user) => {
      const revoked = await revokeApiToken(db(), user, { tokenId: form.get("tokenId") });
      return { message: `Revoked "${revoked.name}".` };
    },
    [TOKENS_PAGE],
  );
}
