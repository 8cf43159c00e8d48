import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { getAccountForEdit } from "@/lib/accounts/save-account.ts";
import { PLATFORMS, dayInput, optionsOf } from "@/lib/records/choices.ts";
import { AccountForm } from "@/components/forms/account-form.tsx";
import { updateAccountAction } from "../../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit account" };

export default async function EditAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }] = await Promise.all([params, requirePageSession("records:write")]);
  const account = await getAccountForEdit(db(), id);
  if (!account) notFound();
  return (
    <>
      <h1>
        Edit {account.platform} @{account.handle}
      </h1>
      <AccountForm
        action={updateAccountAction}
        platforms={optionsOf(PLATFORMS)}
        record={{
          id: account.id,
          platform: account.platform,
          handle: account.handle,
          displayName: account.displayName ?? "",
          platformAccountId: account.platformAccountId ?? "",
          accountCreatedAt: dayInput(account.accountCreatedAt),
          followers: account.followers === null ? "" : String(account.followers),
        }}
      />
    </>
  );
}
