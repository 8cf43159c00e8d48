-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "stixId" TEXT;

-- AlterTable
ALTER TABLE "Network" ADD COLUMN "stixId" TEXT;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "stixId" TEXT;

-- AlterTable
ALTER TABLE "InvestigatingBody" ADD COLUMN "stixId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "stixId" TEXT;

-- AlterTable
ALTER TABLE "Attribution" ADD COLUMN "stixId" TEXT;

-- AlterTable
ALTER TABLE "ClaimResponse" ADD COLUMN "stixId" TEXT;

-- CreateTable
CREATE TABLE "Tactic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortname" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tacticId" TEXT NOT NULL,
    "parentId" TEXT,
    "isSubtechnique" BOOLEAN NOT NULL DEFAULT false,
    "url" TEXT,
    "stixCreated" DATETIME NOT NULL,
    "stixModified" DATETIME NOT NULL,
    CONSTRAINT "Technique_tacticId_fkey" FOREIGN KEY ("tacticId") REFERENCES "Tactic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Technique_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Technique" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignTechnique" (
    "campaignId" TEXT NOT NULL,
    "techniqueId" TEXT NOT NULL,
    "note" TEXT,
    "addedById" TEXT,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("campaignId", "techniqueId"),
    CONSTRAINT "CampaignTechnique_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CampaignTechnique_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostTechnique" (
    "postId" TEXT NOT NULL,
    "techniqueId" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("postId", "techniqueId"),
    CONSTRAINT "PostTechnique_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "userId" TEXT,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "totalBytes" REAL,
    "bytesRead" REAL NOT NULL DEFAULT 0,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "batchesCommitted" INTEGER NOT NULL DEFAULT 0,
    "committedThroughLine" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "errorLine" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "ImportJob_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ImportJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportRejectedRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    CONSTRAINT "ImportRejectedRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Tactic_externalId_key" ON "Tactic"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Tactic_shortname_key" ON "Tactic"("shortname");

-- CreateIndex
CREATE UNIQUE INDEX "Technique_externalId_key" ON "Technique"("externalId");

-- CreateIndex
CREATE INDEX "Technique_tacticId_idx" ON "Technique"("tacticId");

-- CreateIndex
CREATE INDEX "Technique_parentId_idx" ON "Technique"("parentId");

-- CreateIndex
CREATE INDEX "CampaignTechnique_techniqueId_idx" ON "CampaignTechnique"("techniqueId");

-- CreateIndex
CREATE INDEX "PostTechnique_techniqueId_idx" ON "PostTechnique"("techniqueId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "ImportJob_campaignId_startedAt_idx" ON "ImportJob"("campaignId", "startedAt");

-- CreateIndex
CREATE INDEX "ImportJob_userId_startedAt_idx" ON "ImportJob"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "ImportRejectedRow_jobId_line_idx" ON "ImportRejectedRow"("jobId", "line");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_stixId_key" ON "Campaign"("stixId");

-- CreateIndex
CREATE UNIQUE INDEX "Network_stixId_key" ON "Network"("stixId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_stixId_key" ON "Actor"("stixId");

-- CreateIndex
CREATE UNIQUE INDEX "InvestigatingBody_stixId_key" ON "InvestigatingBody"("stixId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_stixId_key" ON "Source"("stixId");

-- CreateIndex
CREATE UNIQUE INDEX "Attribution_stixId_key" ON "Attribution"("stixId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimResponse_stixId_key" ON "ClaimResponse"("stixId");
