-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InvestigatingBody" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stixId" TEXT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "country" TEXT,
    "url" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
-- Edited by hand: Prisma's copy left the new NOT NULL "updatedAt" (which has no default) empty,
-- failing on a table with rows, and would have filled "createdAt" with CURRENT_TIMESTAMP's
-- 'YYYY-MM-DD HH:MM:SS' text. Existing bodies get the migration time in the format Prisma
-- itself writes for DateTime on SQLite (ISO 8601 text, milliseconds, '+00:00').
INSERT INTO "new_InvestigatingBody" ("country", "id", "kind", "name", "slug", "stixId", "url", "createdAt", "updatedAt") SELECT "country", "id", "kind", "name", "slug", "stixId", "url", strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') FROM "InvestigatingBody";
DROP TABLE "InvestigatingBody";
ALTER TABLE "new_InvestigatingBody" RENAME TO "InvestigatingBody";
CREATE UNIQUE INDEX "InvestigatingBody_stixId_key" ON "InvestigatingBody"("stixId");
CREATE UNIQUE INDEX "InvestigatingBody_slug_key" ON "InvestigatingBody"("slug");
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stixId" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME,
    "kind" TEXT NOT NULL,
    "language" TEXT,
    "archivedCopy" TEXT,
    "reliability" TEXT,
    "credibility" INTEGER,
    "bodyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "InvestigatingBody" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Edited by hand: existing sources were last modified when created, so "updatedAt" copies
-- "createdAt" (Prisma's copy left the NOT NULL column without a value).
INSERT INTO "new_Source" ("archivedCopy", "bodyId", "createdAt", "credibility", "id", "kind", "language", "publishedAt", "publisher", "reliability", "stixId", "title", "url", "updatedAt") SELECT "archivedCopy", "bodyId", "createdAt", "credibility", "id", "kind", "language", "publishedAt", "publisher", "reliability", "stixId", "title", "url", "createdAt" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_stixId_key" ON "Source"("stixId");
CREATE INDEX "Source_publishedAt_idx" ON "Source"("publishedAt");
CREATE TABLE "new_ClaimResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stixId" TEXT,
    "attributionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "spokesperson" TEXT,
    "stance" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "statedAt" DATETIME,
    "sourceId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClaimResponse_attributionId_fkey" FOREIGN KEY ("attributionId") REFERENCES "Attribution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimResponse_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimResponse_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Edited by hand: as for "Source", existing responses get "updatedAt" = "createdAt".
INSERT INTO "new_ClaimResponse" ("actorId", "attributionId", "createdAt", "id", "sourceId", "spokesperson", "stance", "statedAt", "statement", "stixId", "updatedAt") SELECT "actorId", "attributionId", "createdAt", "id", "sourceId", "spokesperson", "stance", "statedAt", "statement", "stixId", "createdAt" FROM "ClaimResponse";
DROP TABLE "ClaimResponse";
ALTER TABLE "new_ClaimResponse" RENAME TO "ClaimResponse";
CREATE UNIQUE INDEX "ClaimResponse_stixId_key" ON "ClaimResponse"("stixId");
CREATE INDEX "ClaimResponse_attributionId_idx" ON "ClaimResponse"("attributionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
