import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { authOptions } from "./options.ts";
import { hasPermission, isRole, type Permission, type Principal } from "./permissions.ts";

export interface SessionUser extends Principal {
  email: string;
  name: string;
}

/**
 * The signed-in user, or null. The role is read from the database on every call, so a
 * deactivated user or a changed role takes effect at once rather than when the JWT expires.
 */
export async function getSession(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || !user.active || !isRole(user.role)) return null;
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}

/** For pages: the signed-in user with the permission; otherwise redirects to sign-in or renders 403. */
export async function requirePageSession(permission: Permission = "dashboard:read"): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/signin");
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
