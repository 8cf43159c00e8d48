import type { Metadata } from "next";
import { db } from "@/lib/db/client.ts";
import { requirePageSession } from "@/lib/auth/session.ts";
import { listUsers } from "@/lib/users/list-users.ts";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/user-fields.ts";
import { CreateUserForm } from "@/components/users/create-user-form.tsx";
import { UserTable } from "@/components/users/user-table.tsx";
import { createUserAction, updateUserAction } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageSession("users:manage");
  const users = await listUsers(db(), admin);
  const active = users.filter((user) => user.active).length;
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        {users.length} {users.length === 1 ? "user" : "users"}, {active} active. A deactivated user is signed out at their next
        request. There is always at least one active admin; you cannot demote or deactivate yourself. Every change is in the
        audit log.
      </p>
      <h2>Add a user</h2>
      <CreateUserForm action={createUserAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      <h2>All users</h2>
      <UserTable users={users} currentUserId={admin.userId} updateAction={updateUserAction} />
    </>
  );
}
