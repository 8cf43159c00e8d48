import "server-only";
import type { Prisma } from "../db/client.ts";

export interface AuditEntry {
  /** Null for the system (seed, migrations, command-line tools). */
  userId: string | null;
  /** What happened, as `<entity>.<verb>`: "attribution.change-status", "auth.sign-in". */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends an audit entry. Pass the transaction the change runs in, so the entry and the
 * change commit or fail together.
 */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
