import type { ActionState } from "@/lib/actions/run-action.ts";
import type { ApiTokenSummary } from "@/lib/api-tokens/manage-tokens.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { RevokeTokenForm } from "./revoke-token-form.tsx";

export interface TokenTableProps {
  tokens: ApiTokenSummary[];
  now: Date;
  revokeAction: (previous: ActionState, form: FormData) => Promise<ActionState>;
}

function tokenState(token: ApiTokenSummary, now: Date): "revoked" | "expired" | "active" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

/** The user's tokens: name, the first characters, dates and state; live ones can be revoked. */
export function TokenTable({ tokens, now, revokeAction }: TokenTableProps) {
  if (tokens.length === 0) return <p className="empty">No tokens yet.</p>;
  return (
    <table data-testid="token-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col">Created (UTC)</th>
          <th scope="col">Expires (UTC)</th>
          <th scope="col">Last used (UTC)</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => {
          const state = tokenState(token, now);
          return (
            <tr key={token.id} data-testid="token-row" data-state={state}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td className="nowrap">{formatDateTime(token.createdAt)}</td>
              <td className="nowrap">{token.expiresAt ? formatDateTime(token.expiresAt) : "never"}</td>
              <td className="nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "never"}</td>
              <td>
                {state === "active" ? (
                  <RevokeTokenForm action={revokeAction} tokenId={token.id} name={token.name} />
                ) : state === "revoked" && token.revokedAt ? (
                  `revoked ${formatDateTime(token.revokedAt)}`
                ) : (
                  "expired"
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
