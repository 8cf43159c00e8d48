import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client.ts";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url.ts";

export { Prisma } from "./generated/sqlite/client.ts";
export type { PrismaClient };

/**
 * Builds a Prisma client for a database. The app is written against the SQLite client's
 * types (the smaller feature set); the PostgreSQL client is generated from an identical
 * schema, so it is cast once here.
 */
export function createPrismaClient(target: DatabaseTarget): PrismaClient {
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSqlite3({ url: target.url });
  return new PrismaClient({ adapter });
}

type DbGlobal = { campaignTrackerDb?: { client: PrismaClient; target: DatabaseTarget } };
const cache = globalThis as unknown as DbGlobal;

function current() {
  if (!cache.campaignTrackerDb) {
    const target = parseDatabaseUrl(process.env.DATABASE_URL);
    cache.campaignTrackerDb = { client: createPrismaClient(target), target };
  }
  return cache.campaignTrackerDb;
}

/** The one Prisma client of this process, for the database DATABASE_URL names. */
export function db(): PrismaClient {
  return current().client;
}

/** Which provider this process talks to ("sqlite" or "postgresql"). */
export function databaseProvider(): DatabaseTarget["provider"] {
  return current().target.provider;
}

/** Closes the process's client (scripts and tests call it before exiting). */
export async function disconnectDb(): Promise<void> {
  const held = cache.campaignTrackerDb;
  cache.campaignTrackerDb = undefined;
  await held?.client.$disconnect();
}
