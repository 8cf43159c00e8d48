import type { Metadata } from "next";
import { requirePageSession } from "@/lib/auth/session.ts";
import { PLATFORMS, optionsOf } from "@/lib/records/choices.ts";
import { AccountForm } from "@/components/forms/account-form.tsx";
import { createAccountAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New account" };

export default async function NewAccountPage() {
  await requirePageSession("records:write");
  return (
    <>
      <h1>New account</h1>
      <AccountForm action={createAccountAction} platforms={optionsOf(PLATFORMS)} />
    </>
  );
}
