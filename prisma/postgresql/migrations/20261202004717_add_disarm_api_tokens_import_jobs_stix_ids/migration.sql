-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('running', 'completed', 'failed', 'cancelled');

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "stixId" TEXT;

-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "stixId" TEXT;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "stixId" TEXT;

-- AlterTable
ALTER TABLE "InvestigatingBody" ADD COLUMN     "stixId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "stixId" TEXT;

-- AlterTable
ALTER TABLE "Attribution" ADD COLUMN     "stixId" TEXT;

-- AlterTable
ALTER TABLE "ClaimResponse" ADD COLUMN     "stixId" TEXT;

-- CreateTable
CREATE TABLE "Tactic" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortname" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT,

    CONSTRAINT "Tactic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Technique" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tacticId" TEXT NOT NULL,
    "parentId" TEXT,
    "isSubtechnique" BOOLEAN NOT NULL DEFAULT false,
    "url" TEXT,
    "stixCreated" TIMESTAMP(3) NOT NULL,
    "stixModified" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Technique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignTechnique" (
    "campaignId" TEXT NOT NULL,
    "techniqueId" TEXT NOT NULL,
    "note" TEXT,
    "addedById" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignTechnique_pkey" PRIMARY KEY ("campaignId","techniqueId")
);

-- CreateTable
CREATE TABLE "PostTechnique" (
    "postId" TEXT NOT NULL,
    "techniqueId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostTechnique_pkey" PRIMARY KEY ("postId","techniqueId")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "userId" TEXT,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'running',
    "totalBytes" DOUBLE PRECISION,
    "bytesRead" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "batchesCommitted" INTEGER NOT NULL DEFAULT 0,
    "committedThroughLine" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "errorLine" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRejectedRow" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" TEXT NOT NULL,

    CONSTRAINT "ImportRejectedRow_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Technique" ADD CONSTRAINT "Technique_tacticId_fkey" FOREIGN KEY ("tacticId") REFERENCES "Tactic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Technique" ADD CONSTRAINT "Technique_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Technique"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTechnique" ADD CONSTRAINT "CampaignTechnique_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTechnique" ADD CONSTRAINT "CampaignTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTechnique" ADD CONSTRAINT "CampaignTechnique_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostTechnique" ADD CONSTRAINT "PostTechnique_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostTechnique" ADD CONSTRAINT "PostTechnique_techniqueId_fkey" FOREIGN KEY ("techniqueId") REFERENCES "Technique"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRejectedRow" ADD CONSTRAINT "ImportRejectedRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
