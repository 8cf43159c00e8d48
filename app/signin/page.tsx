import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session.ts";
import { SignInForm } from "@/components/sign-in-form.tsx";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getSession()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="signin">
      <div className="panel">
        <h1>Campaign Tracker</h1>
        <p className="muted">Sign in to see campaigns, networks and attribution claims.</p>
        <SignInForm callbackUrl={Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl} />
      </div>
    </main>
  );
}
