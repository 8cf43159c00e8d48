import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listApiTokens } from "@/lib/api-tokens/manage-tokens.ts";
import { TOKEN_LIFETIME_DAYS } from "@/lib/api-tokens/token-fields.ts";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form.tsx";
import { TokenTable } from "@/components/api-tokens/token-table.tsx";
import { createTokenAction, revokeTokenAction } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const user = await requirePageSession();
  const tokens = await listApiTokens(db(), user);
  return (
    <>
      <h1>API tokens</h1>
      <p className="muted">
        Personal tokens for the <a href="/api/openapi.json">read and import API</a> (<code>/api/v1</code>). A token acts as you,
        with your role at the time of each request ({user.role} now): if your role changes or your account is deactivated,
        your tokens follow at once. Creating and revoking tokens is recorded in the audit log.
      </p>
      <h2>New token</h2>
      <CreateTokenForm action={createTokenAction} lifetimes={TOKEN_LIFETIME_DAYS} />
      <h2>Your tokens</h2>
      <TokenTable tokens={tokens} now={new Date()} revokeAction={revokeTokenAction} />
    </>
  );
}
