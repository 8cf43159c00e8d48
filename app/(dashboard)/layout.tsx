import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageSession } from "@/lib/auth/session.ts";
import { SignOutButton } from "@/components/sign-out-button.tsx";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePageSession();
  return (
    <>
      <header className="topbar">
        <Link href="/">Campaign Tracker</Link>
        <span className="spacer" />
        <span className="who" data-testid="signed-in-as">
          {user.name} · {user.role}
        </span>
        <SignOutButton />
      </header>
      <main>{children}</main>
    </>
  );
}
