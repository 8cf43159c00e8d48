import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client.ts";
import { migrateDatabase, migrationsDir, readMigrations } from "@/lib/db/migrate.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../helpers/test-databases.ts";

// `add_record_timestamps` adds NOT NULL timestamp columns without a default to tables that
// already hold rows (the SQL is edited by hand for that): a database with rows in
// InvestigatingBody, Source and ClaimResponse, migrated from the migration before it, must keep
// every row and get timestamps Prisma reads back.
const MIGRATION = "add_record_timestamps";

for (const provider of testProviders) {
  describe(`${MIGRATION} on a database with rows (${provider})`, () => {
    let database: TestDatabase;
    let prisma: PrismaClient;
    const scratch = mkdtempSync(path.join(os.tmpdir(), "ct-timestamps-mig-"));
    const all = readMigrations(migrationsDir(provider));
    const index = all.findIndex((migration) => migration.name.endsWith(`_${MIGRATION}`));
    const copy = (names: string[]) => {
      for (const name of names) cpSync(path.join(migrationsDir(provider), name), path.join(scratch, name), { recursive: true });
    };

    beforeAll(async () => {
      database = await createTestDatabase(provider, { migrate: false });
      prisma = database.prisma;
    }, 60_000);
    afterAll(async () => {
      await database.drop();
      rmSync(scratch, { recursive: true, force: true });
    });

    it("keeps the rows and backfills createdAt/updatedAt", async () => {
      expect(index).toBeGreaterThan(0);
      copy(all.slice(0, index).map((migration) => migration.name));
      const before = await migrateDatabase(database.target, scratch);
      expect(before.applied).toHaveLength(index);

      // Rows written as the previous schema allowed (raw SQL: the generated client already
      // expects the new columns). createdAt in each provider's Prisma storage format.
      const stamp = provider === "sqlite" ? "2025-01-02T03:04:05.678+00:00" : "2025-01-02 03:04:05.678";
      const kind = (type: string, value: string) => (provider === "sqlite" ? `'${value}'` : `'${value}'::"${type}"`);
      const statements = [
        `INSERT INTO "InvestigatingBody" ("id", "slug", "name", "kind") VALUES ('body-1', 'body-1', 'Body one', ${kind("InvestigatingBodyKind", "newsroom")})`,
        `INSERT INTO "Campaign" ("id", "slug", "name", "summary", "updatedAt") VALUES ('camp-1', 'camp-1', 'Campaign', 's', '${stamp}')`,
        `INSERT INTO "Actor" ("id", "slug", "name", "kind", "updatedAt") VALUES ('actor-1', 'actor-1', 'Actor', ${kind("ActorKind", "state")}, '${stamp}')`,
        `INSERT INTO "Source" ("id", "title", "publisher", "kind", "bodyId", "createdAt") VALUES ('source-1', 'Report', 'Body one', ${kind("SourceKind", "news_article")}, 'body-1', '${stamp}')`,
        `INSERT INTO "Attribution" ("id", "campaignId", "actorId", "claimantId", "confidence", "rationale", "updatedAt") VALUES ('attr-1', 'camp-1', 'actor-1', 'body-1', 50, 'r', '${stamp}')`,
        `INSERT INTO "ClaimResponse" ("id", "attributionId", "actorId", "stance", "statement", "sourceId", "createdAt") VALUES ('resp-1', 'attr-1', 'actor-1', ${kind("ResponseStance", "disagree")}, 'We deny it', 'source-1', '${stamp}')`,
      ];
      for (const sql of statements) await prisma.$executeRawUnsafe(sql);

      copy([all[index]!.name]);
      const startedAt = Date.now();
      const after = await migrateDatabase(database.target, scratch);
      const finishedAt = Date.now();
      expect(after.applied).toEqual([all[index]!.name]);

      // A fresh client: the old one may have cached statements against the redefined tables.
      const fresh = createPrismaClient(database.target);
      try {
        const body = await fresh.investigatingBody.findUniqueOrThrow({ where: { id: "body-1" } });
        expect(body).toMatchObject({ slug: "body-1", name: "Body one", kind: "newsroom" });
        expect(body.createdAt.getTime()).toBeGreaterThanOrEqual(startedAt - 2000);
        expect(body.createdAt.getTime()).toBeLessThanOrEqual(finishedAt + 2000);
        expect(body.updatedAt.getTime()).toBe(body.createdAt.getTime());

        const source = await fresh.source.findUniqueOrThrow({ where: { id: "source-1" } });
        expect(source).toMatchObject({ title: "Report", bodyId: "body-1" });
        expect(source.createdAt.toISOString()).toBe("2025-01-02T03:04:05.678Z");
        expect(source.updatedAt.toISOString()).toBe("2025-01-02T03:04:05.678Z");

        const response = await fresh.claimResponse.findUniqueOrThrow({ where: { id: "resp-1" } });
        expect(response).toMatchObject({ attributionId: "attr-1", sourceId: "source-1", statement: "We deny it" });
        expect(response.updatedAt.toISOString()).toBe("2025-01-02T03:04:05.678Z");
        expect(await fresh.attribution.count()).toBe(1);

        // The migrated columns work as Prisma's: updates move updatedAt, new rows get both.
        const updated = await fresh.source.update({ where: { id: "source-1" }, data: { title: "Report (rev.)" } });
        expect(updated.updatedAt.getTime()).toBeGreaterThan(updated.createdAt.getTime());
        const created = await fresh.investigatingBody.create({ data: { slug: "body-2", name: "Body two", kind: "newsroom" } });
        expect(created.updatedAt.getTime()).toBeGreaterThanOrEqual(created.createdAt.getTime());
        // Filters and ordering on the backfilled column compare like Prisma-written values
        // (on SQLite that needs the same text format: 'YYYY-MM-DD HH:MM:SS' would sort before it).
        const since = new Date(startedAt - 2000);
        expect(await fresh.investigatingBody.count({ where: { createdAt: { gte: since }, updatedAt: { gte: since } } })).toBe(2);
        const order = await fresh.investigatingBody.findMany({ orderBy: { createdAt: "asc" }, select: { slug: true } });
        expect(order.map((row) => row.slug)).toEqual(["body-1", "body-2"]);
        if (provider === "sqlite") {
          const raw = await fresh.$queryRawUnsafe<{ createdAt: string; updatedAt: string }[]>(
            `SELECT CAST("createdAt" AS TEXT) AS "createdAt", CAST("updatedAt" AS TEXT) AS "updatedAt" FROM "InvestigatingBody" WHERE "id" = 'body-1'`,
          );
          expect(raw[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/);
          expect(raw[0]?.updatedAt).toBe(raw[0]?.createdAt);
        }
      } finally {
        await fresh.$disconnect();
      }
    });
  });
}
