import type { PrismaClient } from "../db/client.ts";
import type { Role } from "../auth/permissions.ts";
import { hashPassword } from "../auth/password.ts";
import { writeAudit } from "../audit/write-audit.ts";

/** One account per role for the demo. The README prints these; they exist only in demo mode. */
export const DEMO_USERS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: "viewer@demo.test", name: "Vera Viewer", role: "viewer", password: "demo-viewer-pass" },
  { email: "analyst@demo.test", name: "Ana Analyst", role: "analyst", password: "demo-analyst-pass" },
  { email: "editor@demo.test", name: "Ed Editor", role: "editor", password: "demo-editor-pass" },
  { email: "admin@demo.test", name: "Ada Admin", role: "admin", password: "demo-admin-pass" },
];

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
