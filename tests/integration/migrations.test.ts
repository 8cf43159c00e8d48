import { readFileSync } from "node:fs";
import pg from "pg";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_PATHS } from "@/lib/db/schema-variants.ts";
import { migrateDatabase, migrationsDir, readMigrations } from "@/lib/db/migrate.ts";
import type { DatabaseTarget } from "@/lib/db/database-url.ts";
import { declaredColumns } from "../helpers/prisma-schema.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../helpers/test-databases.ts";

async function columnsInDatabase(target: DatabaseTarget): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  if (target.provider === "sqlite") {
    const conn = new Database(target.filePath, { readonly: true });
    const tables = conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    for (const { name } of tables) {
      const cols = conn.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
      result.set(name, new Set(cols.map((col) => col.name)));
    }
    conn.close();
    return result;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  await client.end();
  for (const row of rows) {
    if (!result.has(row.table_name)) result.set(row.table_name, new Set());
    result.get(row.table_name)!.add(row.column_name);
  }
  return result;
}

async function appliedRows(target: DatabaseTarget) {
  const sql = `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
  if (target.provider === "sqlite") {
    const conn = new Database(target.filePath, { readonly: true });
    const rows = conn.prepare(sql).all() as { migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number }[];
    conn.close();
    return rows;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const { rows } = await client.query(sql);
  await client.end();
  return rows as { migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number }[];
}

for (const provider of testProviders) {
  describe(`migrations on ${provider}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(provider, { migrate: false });
    });
    afterAll(async () => database.drop());

    it("applies every migration once and records it as Prisma does", async () => {
      const first = await migrateDatabase(database.target);
      const committed = readMigrations(migrationsDir(provider));
      expect(first.applied).toEqual(committed.map((migration) => migration.name));
      const rows = await appliedRows(database.target);
      expect(rows.map((row) => row.migration_name)).toEqual(committed.map((migration) => migration.name));
      for (const [index, row] of rows.entries()) {
        expect(row.checksum).toBe(committed[index]!.checksum);
        expect(row.finished_at).not.toBeNull();
        expect(Number(row.applied_steps_count)).toBe(1);
      }
      const second = await migrateDatabase(database.target);
      expect(second.applied).toEqual([]);
      expect(second.alreadyApplied).toHaveLength(committed.length);
    });

    it("creates a table for every model and a column for every field schema.prisma declares", async () => {
      const declared = declaredColumns(readFileSync(SCHEMA_PATHS[provider], "utf8"));
      expect(declared.size).toBe((readFileSync(SCHEMA_PATHS[provider], "utf8").match(/^model /gm) ?? []).length);
      const actual = await columnsInDatabase(database.target);
      const missing: string[] = [];
      for (const [model, fields] of declared) {
        const table = actual.get(model);
        if (!table) {
          missing.push(`table ${model}`);
          continue;
        }
        for (const field of fields) if (!table.has(field)) missing.push(`${model}.${field}`);
      }
      expect(missing).toEqual([]);
    });
  });
}
