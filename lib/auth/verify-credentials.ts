import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { verifyPassword } from "./password.ts";
import { isRole, type Role } from "./permissions.ts";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

// Compared against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = "scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$" + Buffer.alloc(64).toString("base64");

/** Checks an email and password; records the sign-in. Null for any failure, without saying which. */
export async function verifyCredentials(prisma: PrismaClient, email: string, password: string): Promise<SignedInUser | null> {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active || !isRole(user.role)) return null;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { userId: user.id, action: "auth.sign-in", entityType: "user", entityId: user.id });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
