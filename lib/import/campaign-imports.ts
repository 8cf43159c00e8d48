import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { listImportJobs } from "./import-jobs.ts";
import { shownJobStatus } from "./live-imports.ts";

export interface ImportJobRow {
  id: string;
  fileName: string;
  status: string;
  by: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  rowsRead: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  committedThroughLine: number;
  error: string | null;
}

/** A campaign and its latest imports, for the import page. */
export async function getCampaignImports(prisma: PrismaClient, slug: string, take = 10) {
  const campaign = await prisma.campaign.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!campaign) return null;
  const jobs = await listImportJobs(prisma, campaign.id, take);
  return {
    campaign,
    jobs: jobs.map(
      (job): ImportJobRow => ({
        id: job.id,
        fileName: job.fileName,
        status: shownJobStatus(job),
        by: job.user?.name ?? null,
        startedAt: job.startedAt,
        finishedAt: job.finishedAt,
        rowsRead: job.rowsRead,
        inserted: job.inserted,
        duplicates: job.duplicates,
        rejected: job.rejected,
        committedThroughLine: job.committedThroughLine,
        error: job.errorMessage,
      }),
    ),
  };
}
