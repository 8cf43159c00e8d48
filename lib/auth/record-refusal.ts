import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";

/**
 * Appends a refused sign-in to the audit log (there is no change for it to share a
 * transaction with). `details` says who tried and why; never a password.
 */
export async function recordSignInRefusal(prisma: PrismaClient, userId: string | null, details: Record<string, unknown>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await writeAudit(tx, { userId: null, action: "auth.sign-in-refused", entityType: "user", entityId: userId, after: details });
  });
}
