import Link from "next/link";
import type { ActionState } from "@/lib/actions/run-action.ts";
import type { UserListItem } from "@/lib/users/list-users.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { ChangeRoleForm } from "./change-role-form.tsx";
import { SetActiveForm } from "./set-active-form.tsx";

export interface UserTableProps {
  users: UserListItem[];
  /** The signed-in admin: they may not demote or deactivate themselves. */
  currentUserId: string;
  updateAction: (previous: ActionState, form: FormData) => Promise<ActionState>;
}

export function UserTable({ users, currentUserId, updateAction }: UserTableProps) {
  if (users.length === 0) return <p className="empty">No users yet.</p>;
  return (
    <table data-testid="user-table">
      <thead>
        <tr>
          <th scope="col">User</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Last sign-in (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const self = user.id === currentUserId;
          return (
            <tr key={user.id} data-testid="user-row" data-email={user.email}>
              <td>
                <strong>{user.name}</strong>
                {self ? <span className="muted"> (you)</span> : null}
                <br />
                <span className="muted">{user.email}</span>
                {user.hasPassword ? null : <span className="muted"> · single sign-on only</span>}
                <br />
                <Link href={`/audit?entityType=user&entityId=${encodeURIComponent(user.id)}`}>Audit trail</Link>
              </td>
              <td>
                <ChangeRoleForm
                  action={updateAction}
                  userId={user.id}
                  email={user.email}
                  role={user.role}
                  lockedReason={self ? "Another admin must change your role." : undefined}
                />
              </td>
              <td>
                <span className={user.active ? "form-ok" : "muted"} data-testid="user-status">
                  {user.active ? "active" : "deactivated"}
                </span>
                <SetActiveForm
                  action={updateAction}
                  userId={user.id}
                  email={user.email}
                  active={user.active}
                  lockedReason={self ? "You cannot deactivate yourself." : undefined}
                />
              </td>
              <td className="nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
