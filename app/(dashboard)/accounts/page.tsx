import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { hasPermission } from "@/lib/auth/permissions.ts";
import { listAccounts } from "@/lib/accounts/save-account.ts";
import { SyntheticBadge } from "@/components/badges.tsx";
import { RecordList } from "@/components/records/record-list.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [query, user] = await Promise.all([searchParams, requirePageSession()]);
  const search = (typeof query.q === "string" ? query.q : "").trim().slice(0, 200) || undefined;
  const { accounts, total, shown } = await listAccounts(db(), search);
  return (
    <RecordList
      title="Accounts"
      description="Platform accounts seen in campaigns. Handles are written by the campaigns tracked and shown as text."
      canWrite={hasPermission(user.role, "records:write")}
      newLink={{ href: "/accounts/new", label: "New account" }}
      empty="No account matches."
      testId="accounts-table"
      rows={accounts}
      rowKey={(account) => account.id}
      edit={(account) => ({ href: `/accounts/${account.id}/edit`, label: `Edit @${account.handle}` })}
      columns={[
        { header: "Platform", cell: (account) => account.platform },
        {
          header: "Handle",
          cell: (account) => (
            <>
              @{account.handle} {account.synthetic ? <SyntheticBadge /> : null}
            </>
          ),
        },
        { header: "Display name", cell: (account) => account.displayName ?? "—" },
        { header: "Followers", cell: (account) => account.followers?.toLocaleString("en") ?? "—" },
        { header: "Posts", cell: (account) => account._count.posts.toLocaleString("en") },
        { header: "Networks", cell: (account) => account._count.networks },
      ]}
    >
      <form method="get" role="search" className="inline-form">
        <label htmlFor="account-search">Handle contains</label>
        <input id="account-search" name="q" type="search" defaultValue={search ?? ""} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <p className="muted">
        {total.toLocaleString("en")} accounts{total > shown ? `; the ${shown} most recently seen are listed` : ""}.
      </p>
    </RecordList>
  );
}
