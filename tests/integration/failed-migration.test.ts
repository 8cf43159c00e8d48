import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { markRolledBack, migrateDatabase, MigrationError } from "@/lib/db/migrate.ts";
import type { DatabaseTarget } from "@/lib/db/database-url.ts";

/** A scratch SQLite database and a migrations folder to write migrations into. */
function scratchMigrations(prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const migrations = path.join(dir, "migrations");
  const write = (name: string, sql: string) => {
    mkdirSync(path.join(migrations, name), { recursive: true });
    writeFileSync(path.join(migrations, name, "migration.sql"), sql);
  };
  const target: DatabaseTarget = { provider: "sqlite", url: `file:${dir}/db.sqlite`, filePath: path.join(dir, "db.sqlite") };
  return { migrations, write, target };
}

describe("a failing migration (SQLite)", () => {
  const { migrations, write, target } = scratchMigrations("ct-failmig-");

  it("rolls back its own statements, records the failure, and blocks later runs until resolved", async () => {
    write("001_ok", `CREATE TABLE "A" ("id" TEXT PRIMARY KEY);`);
    write("002_broken", `CREATE TABLE "B" ("id" TEXT PRIMARY KEY); INSERT INTO "Nope" VALUES (1);`);
    await expect(migrateDatabase(target, migrations)).rejects.toThrow(/002_broken failed/);

    const conn = new Database(target.filePath, { readonly: true });
    const tables = (conn.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).all() as { name: string }[]).map((t) => t.name);
    const failed = conn.prepare(`SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '002_broken'`).get() as {
      finished_at: string | null;
      logs: string;
    };
    conn.close();
    expect(tables).toContain("A");
    expect(tables).not.toContain("B");
    expect(failed.finished_at).toBeNull();
    expect(failed.logs).toMatch(/Nope/);

    await expect(migrateDatabase(target, migrations)).rejects.toBeInstanceOf(MigrationError);

    write("002_broken", `CREATE TABLE "B" ("id" TEXT PRIMARY KEY);`);
    await markRolledBack(target, "002_broken");
    const outcome = await migrateDatabase(target, migrations);
    expect(outcome.applied).toEqual(["002_broken"]);
  });
});

describe("a migration that rebuilds a table (SQLite)", () => {
  const { migrations, write, target } = scratchMigrations("ct-rebuild-");

  it("keeps child rows when the parent table is dropped and recreated, as Prisma's SQL does", async () => {
    write(
      "001_init",
      `CREATE TABLE "Parent" ("id" TEXT PRIMARY KEY, "name" TEXT NOT NULL);
       CREATE TABLE "Child" ("id" TEXT PRIMARY KEY, "parentId" TEXT NOT NULL REFERENCES "Parent" ("id") ON DELETE CASCADE);
       INSERT INTO "Parent" VALUES ('p', 'x'); INSERT INTO "Child" VALUES ('c', 'p');`,
    );
    // The shape of Prisma's "redefine table" migration (making a column optional).
    write(
      "002_redefine",
      `PRAGMA defer_foreign_keys=ON; PRAGMA foreign_keys=OFF;
       CREATE TABLE "new_Parent" ("id" TEXT PRIMARY KEY, "name" TEXT);
       INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";
       DROP TABLE "Parent"; ALTER TABLE "new_Parent" RENAME TO "Parent";
       PRAGMA foreign_keys=ON; PRAGMA defer_foreign_keys=OFF;`,
    );
    expect((await migrateDatabase(target, migrations)).applied).toEqual(["001_init", "002_redefine"]);
    const conn = new Database(target.filePath, { readonly: true });
    expect(conn.prepare(`SELECT COUNT(*) AS n FROM "Child"`).get()).toEqual({ n: 1 });
    conn.close();
  });
});
