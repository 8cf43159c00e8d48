import "server-only";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import type { PrismaClient } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import { NotFoundError } from "../errors.ts";
import { isSystemActor, type SystemActor } from "../users/system-actor.ts";
import { readCsvRecords } from "./csv-reader.ts";
import type { ByteSource } from "./decode-utf8.ts";
import { ImportFileError, type ImportFileErrorCode } from "./import-errors.ts";
import { ProgressMeter, type ImportProgress } from "./import-progress.ts";
import { readNdjsonLines } from "./ndjson-reader.ts";
import type { ImportedPost, RejectedRow } from "./post-fields.ts";
import { createCsvRowMapper, detectCsvFormat, mapNdjsonValue, type ColumnMapping, type CsvFormat, type MappedRow } from "./row-mappers.ts";
import { DuplicateTracker, validateImportRow } from "./validate-row.ts";
import { PostBatchWriter } from "./write-post-batch.ts";

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
  keepRejected?: number;
  /** Valid rows written per round trip. */
  batchSize?: number;
  maxFieldChars?: number;
  /** Longest an import may hold its transaction open. */
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

export interface ImportReport extends ImportSummary {
  /** True when the file committed; false means the database is exactly as before. */
  stored: boolean;
  error: { code: ImportFileErrorCode | "failed"; message: string; line: number | null } | null;
  /** The first rejected rows (all of them went to onRejected). */
  rejectedRows: RejectedRow[];
}

/**
 * Imports a file of posts into one campaign. The whole file commits in one transaction, with
 * one audit entry ("posts.import", the summary as `after`), or nothing is stored: a file
 * error (bad header, truncated, invalid UTF-8 ...) or any failure midway rolls it all back,
 * and the report says so. Rejected rows do not stop the import; they are reported.
 */
export async function importPosts(prisma: PrismaClient, options: ImportPostsOptions): Promise<ImportReport> {
  const userId = isSystemActor(options.actor) ? null : requirePermission(options.actor as Principal, "records:write").userId;
  const campaign = await prisma.campaign.findUnique({ where: { slug: options.campaignSlug }, select: { id: true } });
  if (!campaign) throw new NotFoundError(`No campaign "${options.campaignSlug}".`);

  const meter = new ProgressMeter(options.totalBytes ?? null, options.onProgress);
  const keep = options.keepRejected ?? 1_000;
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const rejectedRows: RejectedRow[] = [];
  const counts = { inserted: 0, duplicates: 0, rejected: 0 };
  let format: ImportSummary["format"] = options.format === "auto" ? "csv" : options.format;

  const reject = (row: RejectedRow) => {
    counts.rejected++;
    if (rejectedRows.length < keep) rejectedRows.push(row);
    options.onRejected?.(row);
  };

  const summary = (): ImportSummary => {
    const seconds = meter.elapsedSeconds();
    return {
      campaignSlug: options.campaignSlug,
      format,
      rowsRead: meter.rows,
      ...counts,
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

  try {
    await prisma.$transaction(
      async (tx) => {
        const writer = new PostBatchWriter(tx, campaign.id, options.provider);
        const seen = new DuplicateTracker();
        let batch: ImportedPost[] = [];
        const flush = async () => {
          const written = await writer.write(batch);
          counts.inserted += written.inserted;
          counts.duplicates += written.duplicates;
          batch = [];
        };
        for await (const { line, mapped } of mappedRows()) {
          meter.row();
          if (!mapped.ok) {
            reject({ line, field: mapped.field, reason: mapped.reason, raw: mapped.raw });
            continue;
          }
          const checked = validateImportRow(mapped.row);
          if (!checked.ok) {
            reject({ line, field: checked.field, reason: checked.reason, raw: mapped.raw });
            continue;
          }
          const earlier = seen.firstLineOf(checked.post, line);
          if (earlier !== null) {
            reject({ line, field: "platform_post_id", reason: `duplicate of line ${earlier} in this file`, raw: mapped.raw });
            continue;
          }
          batch.push(checked.post);
          if (batch.length >= batchSize) await flush();
        }
        if (batch.length > 0) await flush();
        await writeAudit(tx, { userId, action: "posts.import", entityType: "Campaign", entityId: campaign.id, after: summary() });
      },
      { timeout: options.timeoutMs ?? 60 * 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    meter.finish();
    const fileError = error instanceof ImportFileError;
    return {
      ...summary(),
      inserted: 0,
      duplicates: 0,
      stored: false,
      error: {
        code: fileError ? error.code : "failed",
        message: fileError ? error.message : `the import failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
        line: fileError ? (error.line ?? null) : null,
      },
      rejectedRows,
    };
  }
  meter.finish();
  return { ...summary(), stored: true, error: null, rejectedRows };
}
