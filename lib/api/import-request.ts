import "server-only";
import type { SessionUser } from "../auth/session.ts";
import { databaseProvider, type PrismaClient } from "../db/client.ts";
import { importPosts, type ImportReport } from "../import/import-posts.ts";
import { readableStreamSource, type ByteSource } from "../import/decode-utf8.ts";
import { apiError } from "./api-errors.ts";
import { importQuery, parseQuery } from "./api-params.ts";

/** Largest request body the import route reads (the command line has no limit). */
export const API_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson", "application/jsonl", "application/jsonlines"]);

/** The report as the API documents it (a fixed subset, so the importer's internals can grow). */
function importReportJson(report: ImportReport) {
  return {
    campaignSlug: report.campaignSlug,
    format: report.format,
    rowsRead: report.rowsRead,
    inserted: report.inserted,
    duplicates: report.duplicates,
    rejected: report.rejected,
    seconds: report.seconds,
    rowsPerSecond: report.rowsPerSecond,
    stored: report.stored,
    error: report.error ? { code: report.error.code, message: report.error.message, line: report.error.line } : null,
    rejectedRows: report.rejectedRows.map((row) => ({ line: row.line, field: row.field, reason: row.reason, raw: row.raw })),
  };
}

/**
 * POST /api/v1/campaigns/{slug}/imports: the body is the file, streamed into importPosts (one
 * transaction, all or nothing, audited as the token's user). 200 with the report when stored,
 * 422 with the report when the file was refused, 413 over the size limit.
 */
export async function importFromRequest(prisma: PrismaClient, user: SessionUser, slug: string, request: Request, limit = API_IMPORT_MAX_BYTES): Promise<Response> {
  const query = parseQuery(importQuery, new URL(request.url).searchParams);
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const format = query.format === "auto" && NDJSON_TYPES.has(contentType) ? "ndjson" : query.format;
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return apiError(413, "payload_too_large", `The file is over ${limit} bytes; use npm run import for larger files.`);
  let tooLarge = false;
  const source: ByteSource = request.body ? readableStreamSource(request.body, { maxBytes: limit, onTooLarge: () => (tooLarge = true) }) : (async function* () {})();
  const report = await importPosts(prisma, {
    provider: databaseProvider(),
    actor: user,
    campaignSlug: slug,
    source,
    format,
    totalBytes: Number.isFinite(declared) ? declared : null,
    keepRejected: 1_000,
  });
  if (tooLarge) return apiError(413, "payload_too_large", `The file is over ${limit} bytes; nothing was stored. Use npm run import for larger files.`);
  return Response.json(importReportJson(report), { status: report.stored ? 200 : 422 });
}
