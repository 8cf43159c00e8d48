import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import type { Prisma, PrismaClient } from "../db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { csvLines } from "../format/csv.ts";
import type { RejectedRow } from "./post-fields.ts";
import { IMPORT_FIELDS } from "./post-fields.ts";
import { Platform } from "../db/generated/sqlite/enums.ts";
import type { ColumnMapping } from "./row-mappers.ts";
import { fieldErrorsOf } from "../validation/field-errors.ts";

/** Counters of an import job: what has been read, and what its committed batches stored. */
export interface JobCounters {
  rowsRead: number;
  bytesRead: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  batchesCommitted: number;
  committedThroughLine: number;
}

export type JobStatus = "running" | "completed" | "failed" | "cancelled";

/** Formats an upload may declare ("mapped" needs a column mapping). */
export const UPLOAD_FORMATS = ["auto", "csv", "ndjson", "x-io", "mapped"] as const;

const mappingSchema = z
  .object({
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().min(1).max(200)),
    platform: z.enum(Object.values(Platform) as [Platform, ...Platform[]]).optional(),
  })
  .strict();

export const newImportJobSchema = z
  .object({
    fileName: z.string().trim().min(1, "is required").max(300, "is longer than 300 characters"),
    totalBytes: z.number().int().nonnegative().max(1e13).nullable().default(null),
    format: z.enum(UPLOAD_FORMATS),
    mapping: mappingSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.format === "mapped" && !value.mapping) ctx.addIssue({ code: "custom", path: ["mapping"], message: "is required for a mapped CSV" });
  });
export type NewImportJob = z.infer<typeof newImportJobSchema>;

/** A job's saved settings: the format and mapping the upload is parsed with. */
export interface ImportJobSettings {
  format: (typeof UPLOAD_FORMATS)[number];
  mapping?: ColumnMapping;
}


/**
 * Registers an upload before its bytes arrive, so the browser can follow it by id. The format
 * (and the mapping of a mapped CSV) are kept in `format` as JSON.
 */
export async function createImportJob(
  prisma: PrismaClient,
  actor: Principal,
  campaignSlug: string,
  input: unknown,
): Promise<{ id: string }> {
  requirePermission(actor, "records:write");
  const parsed = newImportJobSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The import settings are not valid.", fieldErrorsOf(parsed.error));
  const campaign = await prisma.campaign.findUnique({ where: { slug: campaignSlug }, select: { id: true } });
  if (!campaign) throw new NotFoundError(`No campaign "${campaignSlug}".`);
  const settings: ImportJobSettings = { format: parsed.data.format, ...(parsed.data.mapping ? { mapping: parsed.data.mapping } : {}) };
  return prisma.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: {
        campaignId: campaign.id,
        userId: actor.userId,
        fileName: parsed.data.fileName,
        format: JSON.stringify(settings),
        totalBytes: parsed.data.totalBytes,
      },
      select: { id: true, fileName: true, totalBytes: true, format: true },
    });
    await writeAudit(tx, { userId: actor.userId, action: "posts.import.start", entityType: "ImportJob", entityId: job.id, after: job });
    return { id: job.id };
  });
}

export function parseJobSettings(format: string): ImportJobSettings {
  try {
    const value = JSON.parse(format) as ImportJobSettings;
    if (typeof value === "object" && value && (UPLOAD_FORMATS as readonly string[]).includes(value.format)) return value;
  } catch {
    // Jobs written by the command line store the bare format name.
  }
  return { format: (UPLOAD_FORMATS as readonly string[]).includes(format) ? (format as ImportJobSettings["format"]) : "auto" };
}

/** Updates a job's counters inside the transaction that commits the rows they count. */
export async function recordJobProgress(tx: Prisma.TransactionClient, jobId: string, counters: JobCounters, status: JobStatus): Promise<void> {
  await tx.importJob.update({
    where: { id: jobId },
    data: { ...counters, status, ...(status === "running" ? {} : { finishedAt: new Date() }) },
  });
}

/** Stores rejected rows for the job's downloadable report, in the transaction that counts them. */
export async function storeRejectedRows(tx: Prisma.TransactionClient, jobId: string, rows: readonly RejectedRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    await tx.importRejectedRow.createMany({
      data: rows.slice(start, start + 200).map((row) => ({ jobId, line: row.line, field: row.field, reason: row.reason, raw: row.raw })),
    });
  }
}

/**
 * Marks a job that stopped early (failed or cancelled). Its counters already say what its
 * committed batches stored; only the status and the error are written here.
 */
export async function endImportJob(
  prisma: PrismaClient,
  jobId: string,
  userId: string | null,
  outcome: { status: "failed" | "cancelled"; code: string; message: string; line: number | null; rowsRead: number },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.importJob.update({
      where: { id: jobId },
      data: { status: outcome.status, errorCode: outcome.code, errorMessage: outcome.message, errorLine: outcome.line, finishedAt: new Date() },
    });
    await writeAudit(tx, { userId, action: `posts.import.${outcome.status === "failed" ? "fail" : "cancel"}`, entityType: "ImportJob", entityId: jobId, after: outcome });
  });
}

/** Claims a registered job for its upload: only once, and only by the user who created it. */
export async function claimImportJob(prisma: PrismaClient, actor: Principal, jobId: string) {
  requirePermission(actor, "records:write");
  const job = await prisma.importJob.findUnique({ where: { id: jobId }, include: { campaign: { select: { slug: true } } } });
  if (!job) throw new NotFoundError("No such import.");
  if (job.userId !== actor.userId) throw new NotFoundError("No such import.");
  if (job.status !== "running" || job.rowsRead > 0 || job.batchesCommitted > 0) {
    throw new ConflictError("This import has already received its file. Start a new import to upload again.");
  }
  return job;
}

export type ImportJobView = Awaited<ReturnType<typeof getImportJob>>;

export async function getImportJob(prisma: PrismaClient, actor: Principal, jobId: string) {
  requirePermission(actor, "records:write");
  const job = await prisma.importJob.findUnique({
    where: { id: jobId },
    include: { campaign: { select: { slug: true, name: true } }, user: { select: { name: true } } },
  });
  if (!job) throw new NotFoundError("No such import.");
  return job;
}

export async function listImportJobs(prisma: PrismaClient, campaignId: string, take = 10) {
  return prisma.importJob.findMany({
    where: { campaignId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take,
    include: { user: { select: { name: true } } },
  });
}

/** The rejected rows of a job as CSV, read in pages so a large report is never held in memory. */
export function rejectedRowsCsv(prisma: PrismaClient, jobId: string, pageSize = 2_000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let afterLine = -1;
  let afterId = "";
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("line,field,reason,raw\r\n"));
        return;
      }
      const rows = await prisma.importRejectedRow.findMany({
        where: { jobId, OR: [{ line: { gt: afterLine } }, { line: afterLine, id: { gt: afterId } }] },
        orderBy: [{ line: "asc" }, { id: "asc" }],
        take: pageSize,
        select: { id: true, line: true, field: true, reason: true, raw: true },
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const last = rows[rows.length - 1]!;
      afterLine = last.line;
      afterId = last.id;
      controller.enqueue(encoder.encode(csvLines(rows.map((r) => [r.line, r.field, r.reason, r.raw]))));
    },
  });
}
