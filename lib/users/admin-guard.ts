import "server-only";
import type { Prisma } from "../db/client.ts";
import type { Principal } from "../auth/permissions.ts";
import { ForbiddenError } from "../errors.ts";

/**
 * Locks the rows of every active admin until the transaction ends. Two admins demoting each
 * other at the same moment would otherwise each see the other still in place and both
 * commit, leaving none (write skew under PostgreSQL's READ COMMITTED). The no-op update
 * takes row locks on PostgreSQL and the write lock on SQLite, and is valid SQL on both.
 */
export async function lockActiveAdmins(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`UPDATE "User" SET "active" = "active" WHERE "role" = 'admin' AND "active" = true`;
}

/**
 * Re-reads the acting admin inside the transaction: a session checked a moment ago may
 * belong to someone another admin has just demoted or deactivated.
 */
export async function assertStillActiveAdmin(tx: Prisma.TransactionClient, principal: Principal): Promise<void> {
  const actor = await tx.user.findUnique({ where: { id: principal.userId }, select: { role: true, active: true } });
  if (!actor || !actor.active || actor.role !== "admin") {
    throw new ForbiddenError("Your account is no longer an active admin.");
  }
}
