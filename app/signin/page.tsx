import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session.ts";
import { oidcDisplayName } from "@/lib/auth/oidc.ts";
import { SignInForm } from "@/components/sign-in-form.tsx";

export const metadata: Metadata = { title: "Sign in" };

type Query = { callbackUrl?: string | string[]; error?: string | string[] };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: Promise<Query> }) {
  if (await getSession()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  return (
    <main className="signin">
      <div className="panel">
        <h1>Campaign Tracker</h1>
        <p className="muted">Sign in to see campaigns, networks and attribution claims.</p>
        <SignInForm callbackUrl={first(callbackUrl)} oidcName={oidcDisplayName()} errorCode={first(error)} />
      </div>
    </main>
  );
}
