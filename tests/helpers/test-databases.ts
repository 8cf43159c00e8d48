import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client.ts";
import type { DatabaseProvider, DatabaseTarget } from "@/lib/db/database-url.ts";
import { migrateDatabase } from "@/lib/db/migrate.ts";

/**
 * Real databases for integration tests: a fresh SQLite file, and a fresh database on the
 * PostgreSQL server that TEST_DATABASE_URL names (created here, dropped afterwards).
 */

export interface TestDatabase {
  provider: DatabaseProvider;
  target: DatabaseTarget;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

const postgresUrl = process.env.TEST_DATABASE_URL?.trim();

if (!postgresUrl) {
  if (process.env.CI) {
    throw new Error("TEST_DATABASE_URL is not set: CI must run the PostgreSQL suite (.ci/run sets it).");
  }
  console.warn("NOTICE: TEST_DATABASE_URL is not set; the PostgreSQL integration suite is SKIPPED.");
}

/** Providers the integration suite runs on in this environment. */
export const testProviders: DatabaseProvider[] = postgresUrl ? ["sqlite", "postgresql"] : ["sqlite"];

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Creates an empty database of the provider; `migrate: false` leaves it without tables. */
export async function createTestDatabase(provider: DatabaseProvider, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `ct_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ct-test-"));
    const filePath = path.join(dir, `${name}.db`);
    target = { provider, url: `file:${filePath}`, filePath };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set");
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    target = { provider, url: withDatabaseName(postgresUrl, name) };
    cleanup = async () => {
      const dropper = new pg.Client({ connectionString: postgresUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
  }
  if (options.migrate !== false) await migrateDatabase(target);
  const prisma = createPrismaClient(target);
  return {
    provider,
    target,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await cleanup();
    },
  };
}

export interface TestDatabaseContext {
  provider: DatabaseProvider;
  /** The migrated database's client (available inside tests and hooks). */
  prisma(): PrismaClient;
  target(): DatabaseTarget;
}

/** Declares the same tests once per provider, each against its own freshly migrated database. */
export function withTestDatabases(body: (ctx: TestDatabaseContext) => void): void {
  for (const provider of testProviders) {
    describe(`on ${provider}`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(provider);
      }, 60_000);
      afterAll(async () => {
        await database?.drop();
      });
      const need = () => {
        if (!database) throw new Error("test database not ready");
        return database;
      };
      body({ provider, prisma: () => need().prisma, target: () => need().target });
    });
  }
}
