-- Edited by hand: Prisma rendered ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL without a
-- default, which fails on a table that has rows. Each column is added nullable, backfilled,
-- then made NOT NULL, leaving the same columns and defaults Prisma's schema describes
-- (createdAt DEFAULT CURRENT_TIMESTAMP, updatedAt no default). Existing bodies get the
-- migration time in UTC (Prisma stores DateTime as UTC in TIMESTAMP(3); a bare
-- CURRENT_TIMESTAMP would be converted to the session's time zone); existing sources and
-- responses were last modified when created, so their "updatedAt" copies "createdAt".

-- AlterTable
ALTER TABLE "InvestigatingBody" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3);
UPDATE "InvestigatingBody" SET "createdAt" = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'), "updatedAt" = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC');
ALTER TABLE "InvestigatingBody" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "updatedAt" TIMESTAMP(3);
UPDATE "Source" SET "updatedAt" = "createdAt";
ALTER TABLE "Source" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "ClaimResponse" ADD COLUMN     "updatedAt" TIMESTAMP(3);
UPDATE "ClaimResponse" SET "updatedAt" = "createdAt";
ALTER TABLE "ClaimResponse" ALTER COLUMN "updatedAt" SET NOT NULL;
