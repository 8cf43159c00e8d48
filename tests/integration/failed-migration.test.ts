import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { markRolledBack, migrateDatabase, MigrationError } from "@/lib/db/migrate.ts";
import type { DatabaseTarget } from "@/lib/db/database-url.ts";

describe("a failing migration (SQLite)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ct-failmig-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const migrations = path.join(dir, "migrations");
  const write = (name: string, sql: string) => {
    mkdirSync(path.join(migrations, name), { recursive: true });
    writeFileSync(path.join(migrations, name, "migration.sql"), sql);
  };
  const target: DatabaseTarget = { provider: "sqlite", url: `file:${dir}/db.sqlite`, filePath: path.join(dir, "db.sqlite") };

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
