import "server-only";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import type { Prisma, PrismaClient } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import { NotFoundError } from "../errors.ts";
import { isSystemActor, type SystemActor } from "../users/system-actor.ts";
import { readCsvRecords } from "./csv-reader.ts";
import type { ByteSource } from "./decode-utf8.ts";
import { ImportFileError, type ImportFileErrorCode } from "./import-errors.ts";
import { recordJobProgress, storeRejectedRows, type JobCounters } from "./import-jobs.ts";
import { ProgressMeter, type ImportProgress } from "./import-progress.ts";
import { readNdjsonLines } from "./ndjson-reader.ts";
import type { ImportedPost, RejectedRow } from "./post-fields.ts";
import { createCsvRowMapper, detectCsvFormat, mapNdjsonValue, type ColumnMapping, type CsvFormat, type MappedRow } from "./row-mappers.ts";
import { DuplicateTracker, validateImportRow } from "./validate-row.ts";
import { MAX_ROWS_PER_INSERT, PostBatchWriter } from "./write-post-batch.ts";

/** "auto" reads a CSV header and picks the project's format or the X IO archive's. */
export type ImportFormat = "csv" | "ndjson" | "x-io" | "mapped" | "auto";

export interface ImportPostsOptions {
  /** The database `prisma` talks to: posts are written with per-provider SQL. */
  provider: DatabaseProvider;
  /** The signed-in importer (needs "records:write"), or SYSTEM_ACTOR for the command line. */
  actor: Principal | SystemActor;
  campaignSlug: string;
  source: ByteSource;
  format: ImportFormat;
  /** For the "mapped" format: {ourField: theirColumn}. */
  mapping?: ColumnMapping;
  totalBytes?: number | null;
  onProgress?: (progress: ImportProgress) => void;
  /** Called for every rejected row (the report keeps only the first `keepRejected`). */
  onRejected?: (row: RejectedRow) => void;
  /** Called after each batch commits, with the totals stored so far (batch mode only). */
  onBatchCommitted?: (committed: JobCounters) => void;
  keepRejected?: number;
  /** Valid rows written per INSERT round trip. */
  batchSize?: number;
  /**
   * Rows read per committed batch. Absent: the whole file is one transaction (all or nothing).
   * Set: each batch commits on its own, so a failure keeps the batches before it, and the
   * report (and the job row) say exactly through which line the file is stored. Re-running
   * the same file resumes it: stored posts count as duplicates.
   */
  batchRows?: number;
  /** The ImportJob row that records this import (see createImportJob); it is updated in the
   * same transactions as the posts, and gets the rejected rows. */
  jobId?: string;
  /** Aborting it stops the import as cancelled. */
  signal?: AbortSignal;
  maxFieldChars?: number;
  /** Longest an import may hold one transaction open. */
  timeoutMs?: number;
}

export interface ImportSummary {
  campaignSlug: string;
  format: Exclude<ImportFormat, "auto">;
  rowsRead: number;
  inserted: number;
  /** Valid rows whose post was already stored (same platform and platform id). */
  duplicates: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
}

export type ImportOutcome = "completed" | "failed" | "cancelled";

export interface ImportReport extends ImportSummary {
  /** True when the whole file committed. */
  stored: boolean;
  outcome: ImportOutcome;
  /** Every row up to this line is stored (or was rejected); 0 when nothing was stored. */
  committedThroughLine: number;
  batchesCommitted: number;
  error: { code: ImportFileErrorCode | "failed" | "cancelled"; message: string; line: number | null } | null;
  /** The first rejected rows (all of them went to onRejected, and to the job when there is one). */
  rejectedRows: RejectedRow[];
}

class ImportCancelledError extends Error {
  constructor() {
    super("the import was cancelled");
    this.name = "ImportCancelledError";
  }
}

/**
 * Imports a file of posts into one campaign. By default the whole file commits in one
 * transaction, with one audit entry ("posts.import", the summary as `after`), or nothing is
 * stored. With `batchRows`, each batch commits with its own audit entry ("posts.import.batch")
 * and the job's counters, and the summary entry is written with the last batch. A file error
 * (bad header, truncated, invalid UTF-8 ...) or any failure stops the import: nothing after
 * the last committed batch is stored, and the report says where that is. Rejected rows do not
 * stop the import; they are reported.
 */
export async function importPosts(prisma: PrismaClient, options: ImportPostsOptions): Promise<ImportReport> {
  const userId = isSystemActor(options.actor) ? null : requirePermission(options.actor as Principal, "records:write").userId;
  const campaign = await prisma.campaign.findUnique({ where: { slug: options.campaignSlug }, select: { id: true } });
  if (!campaign) throw new NotFoundError(`No campaign "${options.campaignSlug}".`);

  const meter = new ProgressMeter(options.totalBytes ?? null, options.onProgress);
  const keep = options.keepRejected ?? 1_000;
  const insertSize = Math.max(1, options.batchSize ?? MAX_ROWS_PER_INSERT);
  const batchRows = options.batchRows === undefined ? null : Math.max(1, options.batchRows);
  const jobId = options.jobId ?? null;
  const rejectedRows: RejectedRow[] = [];
  let format: ImportSummary["format"] = options.format === "auto" ? "csv" : options.format;

  // Totals of what is in the current (uncommitted) transaction or batch, and of what has committed.
  const open = { inserted: 0, duplicates: 0, rejected: 0 };
  const committed: JobCounters = { rowsRead: 0, bytesRead: 0, inserted: 0, duplicates: 0, rejected: 0, batchesCommitted: 0, committedThroughLine: 0 };
  let rejectedTotal = 0;
  let pendingRejected: RejectedRow[] = [];

  const reject = (row: RejectedRow) => {
    open.rejected++;
    rejectedTotal++;
    if (rejectedRows.length < keep) rejectedRows.push(row);
    if (jobId) pendingRejected.push(row);
    options.onRejected?.(row);
  };

  const summary = (counts: { inserted: number; duplicates: number }): ImportSummary => {
    const seconds = meter.elapsedSeconds();
    return {
      campaignSlug: options.campaignSlug,
      format,
      rowsRead: meter.rows,
      inserted: counts.inserted,
      duplicates: counts.duplicates,
      rejected: rejectedTotal,
      seconds: Math.round(seconds * 1000) / 1000,
      rowsPerSecond: seconds > 0 ? Math.round(meter.rows / seconds) : 0,
    };
  };

  async function* counted(): AsyncGenerator<Uint8Array | string> {
    for await (const chunk of options.source) {
      meter.bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
      yield chunk;
    }
  }

  async function* mappedRows(): AsyncGenerator<{ line: number; mapped: MappedRow }> {
    if (format === "ndjson") {
      for await (const item of readNdjsonLines(counted())) {
        yield item.ok
          ? { line: item.line, mapped: mapNdjsonValue(item.value, item.raw) }
          : { line: item.line, mapped: { ok: false, field: "*", reason: item.reason, raw: item.raw } };
      }
      return;
    }
    let mapper: ((record: { line: number; fields: string[] }) => MappedRow) | null = null;
    for await (const record of readCsvRecords(counted(), { maxFieldChars: options.maxFieldChars })) {
      if (!mapper) {
        if (options.format === "auto") format = detectCsvFormat(record);
        mapper = createCsvRowMapper(record, format as CsvFormat, options.mapping);
        continue;
      }
      yield { line: record.line, mapped: mapper(record) };
    }
    if (!mapper) throw new ImportFileError("empty-file", "the file is empty (no header)");
  }

  const writer = new PostBatchWriter(campaign.id, options.provider);
  const seen = new DuplicateTracker();
  let pending: ImportedPost[] = [];
  let lastLine = 0;

  /** Validates one row: it joins `pending` or is rejected. */
  const take = (line: number, mapped: MappedRow): void => {
    if (options.signal?.aborted) throw new ImportCancelledError();
    meter.row();
    lastLine = line;
    if (!mapped.ok) return reject({ line, field: mapped.field, reason: mapped.reason, raw: mapped.raw });
    const checked = validateImportRow(mapped.row);
    if (!checked.ok) return reject({ line, field: checked.field, reason: checked.reason, raw: mapped.raw });
    const earlier = seen.firstLineOf(checked.post, line);
    if (earlier !== null) {
      return reject({ line, field: "platform_post_id", reason: `duplicate of line ${earlier} in this file`, raw: mapped.raw });
    }
    pending.push(checked.post);
  };

  const writePending = async (tx: Prisma.TransactionClient) => {
    const written = await writer.write(tx, pending);
    open.inserted += written.inserted;
    open.duplicates += written.duplicates;
    pending = [];
    if (jobId && pendingRejected.length > 0) {
      await storeRejectedRows(tx, jobId, pendingRejected);
      pendingRejected = [];
    }
  };

  /** Folds the open counts into `committed` once their transaction has committed. */
  const markCommitted = () => {
    committed.inserted += open.inserted;
    committed.duplicates += open.duplicates;
    committed.rejected += open.rejected;
    committed.rowsRead = meter.rows;
    committed.bytesRead = meter.bytes;
    committed.committedThroughLine = lastLine;
    committed.batchesCommitted++;
    open.inserted = 0;
    open.duplicates = 0;
    open.rejected = 0;
  };

  /** What the job row holds once the open transaction commits. */
  const countersAfterCommit = (): JobCounters => ({
    rowsRead: meter.rows,
    bytesRead: meter.bytes,
    inserted: committed.inserted + open.inserted,
    duplicates: committed.duplicates + open.duplicates,
    rejected: committed.rejected + open.rejected,
    batchesCommitted: committed.batchesCommitted + 1,
    committedThroughLine: lastLine,
  });

  const transactionOptions = { timeout: options.timeoutMs ?? 60 * 60_000, maxWait: 30_000 };
  const restoreCache = options.provider === "sqlite" ? await tuneSqliteForImport(prisma) : null;
  const finalAudit = (tx: Prisma.TransactionClient) =>
    writeAudit(tx, {
      userId,
      action: "posts.import",
      entityType: "Campaign",
      entityId: campaign.id,
      after: { ...summary({ inserted: committed.inserted + open.inserted, duplicates: committed.duplicates + open.duplicates }), jobId },
    });

  try {
    if (batchRows === null) {
      await prisma.$transaction(async (tx) => {
        for await (const { line, mapped } of mappedRows()) {
          take(line, mapped);
          if (pending.length >= insertSize || pendingRejected.length >= insertSize) await writePending(tx);
        }
        await writePending(tx);
        if (jobId) await recordJobProgress(tx, jobId, countersAfterCommit(), "completed");
        await finalAudit(tx);
      }, transactionOptions);
      markCommitted();
    } else {
      let batchStartLine = 0;
      let rowsInBatch = 0;
      const commitBatch = async (last: boolean) => {
        await prisma.$transaction(async (tx) => {
          await writePending(tx);
          const counters = countersAfterCommit();
          if (jobId) await recordJobProgress(tx, jobId, counters, last ? "completed" : "running");
          await writeAudit(tx, {
            userId,
            action: "posts.import.batch",
            entityType: "Campaign",
            entityId: campaign.id,
            after: { jobId, batch: counters.batchesCommitted, fromLine: batchStartLine, throughLine: lastLine, ...open },
          });
          if (last) await finalAudit(tx);
        }, transactionOptions);
        markCommitted();
        options.onBatchCommitted?.({ ...committed });
        rowsInBatch = 0;
      };
      for await (const { line, mapped } of mappedRows()) {
        if (rowsInBatch === 0) batchStartLine = line;
        take(line, mapped);
        rowsInBatch++;
        if (rowsInBatch >= batchRows) await commitBatch(false);
      }
      await commitBatch(true);
    }
  } catch (error) {
    await restoreCache?.();
    meter.finish();
    const cancelled = error instanceof ImportCancelledError || options.signal?.aborted === true;
    const fileError = error instanceof ImportFileError;
    const kept = committed.batchesCommitted > 0;
    const where = kept
      ? `Lines 1-${committed.committedThroughLine} are stored (${committed.batchesCommitted} batch${committed.batchesCommitted === 1 ? "" : "es"}); nothing after them.`
      : "Nothing was stored.";
    const base = cancelled
      ? "the import was cancelled"
      : fileError
        ? error.message
        : `the import failed and ${batchRows === null ? "was" : "its current batch was"} rolled back: ${error instanceof Error ? error.message : String(error)}`;
    return {
      ...summary(committed),
      stored: false,
      outcome: cancelled ? "cancelled" : "failed",
      committedThroughLine: committed.committedThroughLine,
      batchesCommitted: committed.batchesCommitted,
      error: {
        code: cancelled ? "cancelled" : fileError ? error.code : "failed",
        message: `${base}. ${where}`,
        line: fileError ? (error.line ?? null) : null,
      },
      rejectedRows,
    };
  }
  await restoreCache?.();
  meter.finish();
  return {
    ...summary(committed),
    stored: true,
    outcome: "completed",
    committedThroughLine: committed.committedThroughLine,
    batchesCommitted: committed.batchesCommitted,
    error: null,
    rejectedRows,
  };
}

/** Page cache for the import's connection, in KiB (SQLite's default is 2 MiB). */
const IMPORT_PAGE_CACHE_KIB = 128 * 1024;
/** WAL pages before an automatic checkpoint during an import (SQLite's default is 1,000). */
const IMPORT_WAL_AUTOCHECKPOINT_PAGES = 20_000;

/**
 * Tunes the import's SQLite connection for its length, then gives it its settings back:
 * - a larger page cache: every post lands in eleven B-trees (the table, its key and nine
 *   indexes), several of them at random places (account, language), and with the default
 *   2 MiB cache a large import re-read index pages from the OS for most rows (1M posts took
 *   94.6 s instead of 55.9 s);
 * - fewer checkpoints: in batch mode every commit of a few MB passed the 1,000-page WAL limit,
 *   so every batch was written twice; checkpointing every 20,000 pages (~80 MB) cut a 300,000-row
 *   batched import by a fifth.
 */
async function tuneSqliteForImport(prisma: PrismaClient): Promise<() => Promise<void>> {
  const pragma = async (sql: string) => {
    const rows = await prisma.$queryRawUnsafe<Record<string, bigint | number>[]>(`PRAGMA ${sql}`);
    return Number(Object.values(rows[0] ?? {})[0] ?? NaN);
  };
  const cacheSize = await pragma("cache_size");
  const autocheckpoint = await pragma("wal_autocheckpoint");
  const widen = !(cacheSize < 0 && -cacheSize >= IMPORT_PAGE_CACHE_KIB);
  if (widen) await pragma(`cache_size = -${IMPORT_PAGE_CACHE_KIB}`);
  if (autocheckpoint < IMPORT_WAL_AUTOCHECKPOINT_PAGES) await pragma(`wal_autocheckpoint = ${IMPORT_WAL_AUTOCHECKPOINT_PAGES}`);
  return async () => {
    if (widen) await pragma(`cache_size = ${Math.trunc(cacheSize)}`);
    if (autocheckpoint < IMPORT_WAL_AUTOCHECKPOINT_PAGES) await pragma(`wal_autocheckpoint = ${Math.trunc(autocheckpoint)}`);
  };
}
