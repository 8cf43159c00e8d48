import type { PrismaClient } from "../db/client.ts";
import { DEMO_USERS } from "./demo-accounts.ts";
import { hashPassword } from "../auth/password.ts";
import { writeAudit } from "../audit/write-audit.ts";


/** Creates the demo accounts that are missing; leaves existing ones (and their passwords) alone. */
export async function ensureDemoUsers(prisma: PrismaClient): Promise<number> {
  const existing = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
  });
  const have = new Set(existing.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !have.has(user.email));
  const rows = await Promise.all(
    missing.map(async (user) => ({ email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) })),
  );
  if (rows.length === 0) return 0;
  await prisma.$transaction(async (tx) => {
    for (const row of rows) {
      const created = await tx.user.create({ data: row, select: { id: true, email: true, role: true } });
      await writeAudit(tx, { userId: null, action: "user.create-demo", entityType: "user", entityId: created.id, after: created });
    }
  });
  return rows.length;
}
