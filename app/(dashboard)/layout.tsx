import Link from "next/link";
import type { ReactNode } from "react";
import { requirePageSession } from "@/lib/auth/session.ts";
import { SignOutButton } from "@/components/sign-out-button.tsx";
import { hasPermission } from "@/lib/auth/permissions.ts";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePageSession();
  return (
    <>
      <header className="topbar">
        <Link href="/">Campaign Tracker</Link>
        <nav aria-label="Main" className="main-nav">
          <Link href="/">Overview</Link>
          {hasPermission(user.role, "records:write") ? <Link href="/records">Records</Link> : null}
          {hasPermission(user.role, "audit:read") ? <Link href="/audit">Audit log</Link> : null}
          {hasPermission(user.role, "users:manage") ? <Link href="/admin/users">Users</Link> : null}
          <Link href="/settings/tokens">API tokens</Link>
        </nav>
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
