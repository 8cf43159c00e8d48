// `npm run db:seed`: load the France–Azerbaijan demo dataset into DATABASE_URL (idempotent),
// and the demo accounts when demo mode is on.
import { parseDatabaseUrl } from "../lib/db/database-url.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { seedDemo } from "../lib/db/seed/seed-demo.ts";
import { isDemoMode } from "../lib/demo/demo-mode.ts";
import { ensureDemoUsers } from "../lib/demo/demo-users.ts";

async function main() {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  await migrateDatabase(target);
  const prisma = createPrismaClient(target);
  try {
    const started = performance.now();
    console.log(JSON.stringify(await seedDemo(prisma)));
    if (isDemoMode()) console.log(`demo accounts created: ${await ensureDemoUsers(prisma)}`);
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
