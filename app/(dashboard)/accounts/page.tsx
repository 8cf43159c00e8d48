import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listAccounts } from "@/lib/accounts/save-account.ts";
import { SyntheticBadge } from "@/components/badges.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [query, user] = await Promise.all([searchParams, requirePageSession()]);
  const canWrite = hasPermission(user.role, "records:write");
  const search = (typeof query.q === "string" ? query.q : "").trim().slice(0, 200) || undefined;
  const { accounts, total, shown } = await listAccounts(db(), search);
  return (
    <>
      <h1>Accounts</h1>
      <p className="muted">Platform accounts seen in campaigns. Handles are written by the campaigns tracked and shown as text.</p>
      {canWrite ? (
        <p>
          <Link href="/accounts/new">New account</Link>
        </p>
      ) : null}
      <form method="get" role="search" className="inline-form">
        <label htmlFor="account-search">Handle contains</label>
        <input id="account-search" name="q" type="search" defaultValue={search ?? ""} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <p className="muted">
        {total.toLocaleString("en")} accounts{total > shown ? `; the ${shown} most recently seen are listed` : ""}.
      </p>
      {accounts.length === 0 ? (
        <p className="empty">No account matches.</p>
      ) : (
        <table data-testid="accounts-table">
          <thead>
            <tr>
              <th scope="col">Platform</th>
              <th scope="col">Handle</th>
              <th scope="col">Display name</th>
              <th scope="col">Followers</th>
              <th scope="col">Posts</th>
              <th scope="col">Networks</th>
              {canWrite ? <th scope="col"><span className="visually-hidden">Edit</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.platform}</td>
                <td>
                  @{account.handle} {account.synthetic ? <SyntheticBadge /> : null}
                </td>
                <td>{account.displayName ?? "—"}</td>
                <td>{account.followers?.toLocaleString("en") ?? "—"}</td>
                <td>{account._count.posts.toLocaleString("en")}</td>
                <td>{account._count.networks}</td>
                {canWrite ? (
                  <td>
                    <Link href={`/accounts/${account.id}/edit`} aria-label={`Edit @${account.handle}`}>
                      Edit
                    </Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
