// `npm start`: prepare the database and serve the production build.
// Migrates, seeds the demo on an empty embedded database, builds if needed, then runs `next start`.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { parseDatabaseUrl } from "../lib/db/database-url.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { loadDisarm } from "../lib/disarm/load-disarm.ts";
import { seedDemo } from "../lib/db/seed/seed-demo.ts";
import { isDemoMode } from "../lib/demo/demo-mode.ts";
import { ensureDemoUsers } from "../lib/demo/demo-users.ts";
import { demoNextAuthSecret } from "../lib/demo/nextauth-secret.ts";
import { needsBuild } from "../lib/build/needs-build.ts";
import { readOidcConfig } from "../lib/auth/oidc.ts";

const root = process.cwd();
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[campaign-tracker] ${message}`);

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = process.env.PORT?.trim() || "3000";
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const demo = isDemoMode();
  log(`database: ${target.provider}${target.provider === "sqlite" ? ` (${path.relative(root, target.filePath)})` : ""}; demo mode: ${demo ? "on" : "off"}`);

  if (!process.env.NEXTAUTH_SECRET) {
    if (!demo) {
      console.error("NEXTAUTH_SECRET is not set. Set it to a long random value (e.g. `openssl rand -base64 32`) before starting outside demo mode.");
      process.exit(1);
    }
    process.env.NEXTAUTH_SECRET = demoNextAuthSecret(path.join(root, "data"));
  }
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  // A half-configured identity provider fails here, clearly, not at the first sign-in.
  const oidc = readOidcConfig(process.env);
  if (oidc) log(`OpenID Connect sign-in enabled (${oidc.name})`);

  const migration = await migrateDatabase(target);
  log(`migrations: ${migration.applied.length} applied, ${migration.alreadyApplied.length} already applied (${elapsed()})`);
  for (const name of migration.modifiedSinceApplied) log(`warning: migration ${name} was edited after it was applied`);
  {
    // DISARM's tactics and techniques: reference data every database needs (idempotent).
    const prisma = createPrismaClient(target);
    try {
      const disarm = await loadDisarm(prisma);
      log(`DISARM: ${disarm.techniques} techniques, ${disarm.created} created, ${disarm.updated} updated (${elapsed()})`);
    } finally {
      await prisma.$disconnect();
    }
  }

  if (demo) {
    const prisma = createPrismaClient(target);
    try {
      if ((await prisma.campaign.count()) === 0) {
        const summary = await seedDemo(prisma);
        const counts = Object.entries(summary.created).map(([table, n]) => `${table} ${n}`).join(", ");
        log(`seeded the demo in ${(summary.durationMs / 1000).toFixed(1)} s: ${counts} (${elapsed()})`);
      }
      const created = await ensureDemoUsers(prisma);
      if (created) log(`created ${created} demo accounts (see README) (${elapsed()})`);
    } finally {
      await prisma.$disconnect();
    }
  }

  const build = needsBuild(root);
  if (build.needed) {
    log(`building (${build.reason})…`);
    const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
    if (result.status !== 0) process.exit(result.status ?? 1);
    log(`built (${elapsed()})`);
  }

  log(`starting on http://localhost:${port} (prepared in ${elapsed()})`);
  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
