// `npm run db:migrate [-- --rolled-back <name>]`: apply pending migrations to DATABASE_URL,
// or mark a failed one as rolled back once it has been cleaned up by hand.
import { parseDatabaseUrl } from "../lib/db/database-url.ts";
import { markRolledBack, migrateDatabase } from "../lib/db/migrate.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { loadDisarm } from "../lib/disarm/load-disarm.ts";

async function main() {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const flag = process.argv.indexOf("--rolled-back");
  if (flag !== -1) {
    const name = process.argv[flag + 1];
    if (!name) throw new Error("--rolled-back needs the migration's folder name");
    await markRolledBack(target, name);
    console.log(`marked ${name} as rolled back`);
    return;
  }
  const outcome = await migrateDatabase(target);
  console.log(`${target.provider}: applied ${outcome.applied.length} (${outcome.applied.join(", ") || "none"}), already applied ${outcome.alreadyApplied.length}`);
  for (const name of outcome.modifiedSinceApplied) console.warn(`warning: migration ${name} was edited after it was applied`);
  // Reference data the schema expects: DISARM's tactics and techniques (idempotent).
  const prisma = createPrismaClient(target);
  try {
    const disarm = await loadDisarm(prisma);
    console.log(`DISARM: ${disarm.tactics} tactics, ${disarm.techniques} techniques (${disarm.created} created, ${disarm.updated} updated)`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
