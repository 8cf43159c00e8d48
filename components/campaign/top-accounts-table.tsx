import type { Platform } from "@/lib/db/generated/sqlite/enums.ts";
import { SyntheticBadge } from "../badges.tsx";

/** The accounts that posted most in a campaign. Handles are hostile text: rendered as text. */
export function TopAccountsTable({
  distinctAccounts,
  top,
}: {
  distinctAccounts: number;
  top: { account: { id: string; handle: string; displayName: string | null; platform: Platform; synthetic: boolean }; posts: number }[];
}) {
  return (
    <section>
      <h2>Top accounts</h2>
      <p className="muted">{distinctAccounts.toLocaleString("en")} accounts posted in this campaign.</p>
      {top.length === 0 ? (
        <p className="empty">No posting accounts yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Platform</th>
              <th scope="col" className="num">Posts</th>
            </tr>
          </thead>
          <tbody>
            {top.map(({ account, posts }) => (
              <tr key={account.id}>
                <td>
                  @{account.handle} {account.displayName ? <span className="muted">{account.displayName}</span> : null}{" "}
                  {account.synthetic ? <SyntheticBadge /> : null}
                </td>
                <td>{account.platform}</td>
                <td className="num">{posts.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
