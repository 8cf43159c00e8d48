import "server-only";
import type { Principal } from "../auth/permissions.ts";
import type { PrismaClient } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import { ForbiddenError } from "../errors.ts";
import type { ByteSource } from "./decode-utf8.ts";
import { claimImportJob, endImportJob, getImportJob, parseJobSettings } from "./import-jobs.ts";
import { importPosts, type ImportReport } from "./import-posts.ts";
import { forgetLiveImport, liveImport, registerLiveImport, shownJobStatus } from "./live-imports.ts";

/** Rows per committed batch for uploads: small enough to show progress in the database and to
 * keep each write lock short, large enough that the commits cost little (see docs/import-format.md). */
export const UPLOAD_BATCH_ROWS = 5_000;

/**
 * Runs the upload of a registered job: its bytes are parsed as they arrive, committed in
 * batches with the job's counters, and the job ends completed, failed or cancelled with the
 * line through which the file is stored. `signal` is the request's: a dropped connection
 * cancels the import like the cancel button does.
 */
export async function runImportJob(
  prisma: PrismaClient,
  provider: DatabaseProvider,
  actor: Principal,
  jobId: string,
  body: ByteSource,
  signal?: AbortSignal,
  batchRows = UPLOAD_BATCH_ROWS,
): Promise<ImportReport> {
  const job = await claimImportJob(prisma, actor, jobId);
  if (liveImport(jobId)) throw new ForbiddenError("This import is already receiving its file.");
  const live = registerLiveImport(jobId);
  const stop = () => live.controller.abort();
  signal?.addEventListener("abort", stop, { once: true });
  const settings = parseJobSettings(job.format);
  try {
    const report = await importPosts(prisma, {
      provider,
      actor,
      campaignSlug: job.campaign.slug,
      source: body,
      format: settings.format,
      mapping: settings.mapping,
      totalBytes: job.totalBytes,
      batchRows,
      jobId,
      signal: live.controller.signal,
      keepRejected: 100,
      onProgress: (progress) => (live.progress = progress),
      onBatchCommitted: (committed) => (live.committed = committed),
    });
    if (report.error) {
      await endImportJob(prisma, jobId, actor.userId, {
        status: report.outcome === "cancelled" ? "cancelled" : "failed",
        code: report.error.code,
        message: report.error.message,
        line: report.error.line,
        rowsRead: report.rowsRead,
      });
    }
    return report;
  } finally {
    signal?.removeEventListener("abort", stop);
    forgetLiveImport(jobId);
  }
}

/** Asks a running import to stop; its committed batches stay, as the job row records. */
export async function cancelImportJob(prisma: PrismaClient, actor: Principal, jobId: string): Promise<{ cancelling: boolean }> {
  const job = await getImportJob(prisma, actor, jobId);
  if (job.userId !== actor.userId && actor.role !== "admin") throw new ForbiddenError("Only the user who started an import (or an admin) may cancel it.");
  const live = liveImport(jobId);
  if (!live) return { cancelling: false };
  live.controller.abort();
  return { cancelling: true };
}

/** What the browser polls: the job row, with the live figures of a running import. */
export async function importJobStatus(prisma: PrismaClient, actor: Principal, jobId: string) {
  const job = await getImportJob(prisma, actor, jobId);
  const live = liveImport(jobId);
  const progress = live?.progress ?? null;
  return {
    id: job.id,
    campaign: job.campaign,
    fileName: job.fileName,
    status: shownJobStatus(job),
    totalBytes: job.totalBytes,
    bytesRead: progress?.bytesRead ?? job.bytesRead,
    rowsRead: progress?.rowsProcessed ?? job.rowsRead,
    rate: progress ? Math.round(progress.rate) : null,
    etaSeconds: progress?.etaSeconds === null || progress?.etaSeconds === undefined ? null : Math.ceil(progress.etaSeconds),
    stored: {
      inserted: job.inserted,
      duplicates: job.duplicates,
      rejected: job.rejected,
      batches: job.batchesCommitted,
      throughLine: job.committedThroughLine,
    },
    error: job.errorMessage ? { code: job.errorCode, message: job.errorMessage, line: job.errorLine } : null,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
export type ImportJobStatusView = Awaited<ReturnType<typeof importJobStatus>>;
