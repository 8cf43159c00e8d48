import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseProvider, DatabaseTarget } from "./database-url.ts";

/**
 * Applies the committed SQL migrations (prisma/<provider>/migrations/<name>/migration.sql)
 * without Prisma's migrate engine, which cannot be downloaded on our machines. Each
 * migration runs in its own transaction and is recorded in `_prisma_migrations` exactly
 * as Prisma records it, so `prisma migrate deploy` and `migrate status` agree with us.
 */

export interface Migration {
  name: string;
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma computes it. */
  checksum: string;
}

export interface MigrationOutcome {
  applied: string[];
  alreadyApplied: string[];
  /** Applied migrations whose file changed since (Prisma warns about these too). */
  modifiedSinceApplied: string[];
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

// Prisma's own advisory lock key, so our runner and `prisma migrate` never overlap.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const MIGRATIONS_TABLE_DDL: Record<DatabaseProvider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL,
    "checksum" TEXT NOT NULL,
    "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL,
    "logs" TEXT,
    "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
  )`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    finished_at TIMESTAMPTZ,
    migration_name VARCHAR(255) NOT NULL,
    logs TEXT,
    rolled_back_at TIMESTAMPTZ,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count INTEGER NOT NULL DEFAULT 0
  )`,
};

export function migrationsDir(provider: DatabaseProvider, root: string = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, "prisma", provider, "migrations");
}

/** The migration folders of a provider, in the order they apply (by name). */
export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new MigrationError(`migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new MigrationError(`${file} is missing`, name);
      const bytes = readFileSync(file);
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  logs: string | null;
}

/** Decides what to run, refusing (like Prisma's P3009) while a failed migration is unresolved. */
export function planMigrations(all: Migration[], rows: AppliedRow[]) {
  const failed = rows.find((row) => row.finished_at == null && row.rolled_back_at == null);
  if (failed) {
    throw new MigrationError(
      `migration ${failed.migration_name} failed earlier and is not resolved; fix the database, then run ` +
        `\`npm run db:migrate -- --rolled-back ${failed.migration_name}\` (or \`prisma migrate resolve\`). ` +
        `Its log: ${failed.logs ?? "(none)"}`,
      failed.migration_name,
    );
  }
  const done = new Map(rows.filter((row) => row.finished_at != null).map((row) => [row.migration_name, row.checksum]));
  return {
    pending: all.filter((migration) => !done.has(migration.name)),
    alreadyApplied: all.filter((migration) => done.has(migration.name)).map((migration) => migration.name),
    modifiedSinceApplied: all
      .filter((migration) => done.has(migration.name) && done.get(migration.name) !== migration.checksum)
      .map((migration) => migration.name),
  };
}

/** Brings a database up to date with the committed migrations of its provider. */
export async function migrateDatabase(target: DatabaseTarget, dir = migrationsDir(target.provider)): Promise<MigrationOutcome> {
  const all = readMigrations(dir);
  return target.provider === "sqlite" ? migrateSqlite(target.filePath, all) : migratePostgres(target.url, all);
}

/** Marks a failed migration as rolled back (after the operator has cleaned up by hand). */
export async function markRolledBack(target: DatabaseTarget, name: string): Promise<void> {
  const sql = `UPDATE "_prisma_migrations" SET rolled_back_at = CURRENT_TIMESTAMP WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`;
  if (target.provider === "sqlite") {
    const conn = new Database(target.filePath);
    try {
      const changed = conn.prepare(sql.replace("$1", "?")).run(name).changes;
      if (changed === 0) throw new MigrationError(`no unresolved failed migration named ${name}`, name);
    } finally {
      conn.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await client.query(sql, [name]);
    if (result.rowCount === 0) throw new MigrationError(`no unresolved failed migration named ${name}`, name);
  } finally {
    await client.end();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function migrateSqlite(filePath: string, all: Migration[]): MigrationOutcome {
  if (filePath !== ":memory:") mkdirSync(path.dirname(filePath), { recursive: true });
  const conn = new Database(filePath);
  try {
    // WAL lets the web server read while a script (seed, import) writes.
    conn.pragma("journal_mode = WAL");
    conn.exec(MIGRATIONS_TABLE_DDL.sqlite);
    const rows = conn.prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations"`).all() as AppliedRow[];
    const plan = planMigrations(all, rows);
    const applied: string[] = [];
    for (const migration of plan.pending) {
      const id = randomUUID();
      const startedAt = new Date().toISOString();
      try {
        // Prisma's SQLite migrations rebuild tables (DROP + rename) under PRAGMA foreign_keys=OFF,
        // which is ignored inside a transaction: switch it off before BEGIN, or the DROP would
        // cascade and delete child rows. The check below refuses to commit dangling references.
        conn.pragma("foreign_keys = OFF");
        // IMMEDIATE takes the write lock up front, so two starting processes cannot both apply.
        conn.exec("BEGIN IMMEDIATE");
        conn.exec(migration.sql);
        const dangling = conn.pragma("foreign_key_check") as unknown[];
        if (dangling.length > 0) {
          throw new Error(`the migration leaves ${dangling.length} rows pointing at missing records: ${JSON.stringify(dangling.slice(0, 5))}`);
        }
        conn
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, ?, 1)`,
          )
          .run(id, migration.checksum, new Date().toISOString(), migration.name, startedAt);
        conn.exec("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        if (conn.inTransaction) conn.exec("ROLLBACK");
        conn
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) VALUES (?, ?, NULL, ?, ?, ?, 0)`,
          )
          .run(id, migration.checksum, migration.name, errorText(error), startedAt);
        throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${errorText(error)}`, migration.name);
      } finally {
        conn.pragma("foreign_keys = ON");
      }
    }
    return { applied, alreadyApplied: plan.alreadyApplied, modifiedSinceApplied: plan.modifiedSinceApplied };
  } finally {
    conn.close();
  }
}

async function migratePostgres(url: string, all: Migration[]): Promise<MigrationOutcome> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})`);
    await client.query(MIGRATIONS_TABLE_DDL.postgresql);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations"`,
    );
    const plan = planMigrations(all, rows);
    const applied: string[] = [];
    for (const migration of plan.pending) {
      const id = randomUUID();
      try {
        // A query without parameters uses the simple protocol, which accepts many statements.
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, NULL, now(), 1)`,
          [id, migration.checksum, migration.name],
        );
        await client.query("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        await client.query("ROLLBACK");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) VALUES ($1, $2, NULL, $3, $4, now(), 0)`,
          [id, migration.checksum, migration.name, errorText(error)],
        );
        throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${errorText(error)}`, migration.name);
      }
    }
    return { applied, alreadyApplied: plan.alreadyApplied, modifiedSinceApplied: plan.modifiedSinceApplied };
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK_KEY})`).catch(() => undefined);
    await client.end();
  }
}
