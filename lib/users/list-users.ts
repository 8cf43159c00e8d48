import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { requirePermission, type Principal, type Role } from "../auth/permissions.ts";

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
  /** False for accounts that sign in only through OpenID Connect. */
  hasPassword: boolean;
}

/** Every user for the admin page: active ones first, then by name. Never returns password hashes. */
export async function listUsers(prisma: PrismaClient, principal: Principal | null | undefined): Promise<UserListItem[]> {
  requirePermission(principal, "users:manage");
  const users = await prisma.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true, lastLoginAt: true, passwordHash: true },
  });
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
}
