import type { Platform } from "../db/generated/sqlite/enums.ts";
import type { CsvRecord } from "./csv-reader.ts";
import { ImportFileError } from "./import-errors.ts";
import { clipRaw, IMPORT_FIELDS, isImportField, REQUIRED_FIELDS, type ImportField, type RawPostRow } from "./post-fields.ts";

/** The CSV dialects the importer knows. */
export type CsvFormat = "csv" | "x-io" | "mapped";

/** Any CSV described by {ourField: theirColumn}; a constant platform may replace the column. */
export interface ColumnMapping {
  columns: Partial<Record<ImportField, string>>;
  platform?: Platform;
}

/** A row mapped to our fields, or refused before validation (wrong number of fields ...). */
export type MappedRow = { ok: true; row: RawPostRow; raw: string } | { ok: false; field: string; reason: string; raw: string };

export type CsvRowMapper = (record: CsvRecord) => MappedRow;

/**
 * The X/Twitter "information operations" archive columns we use. Other columns (hashtags,
 * urls, user_mentions, poll choices, geo ...) are ignored. The archive has no post URL.
 */
export const X_IO_COLUMNS: Partial<Record<ImportField, string>> = {
  platform_post_id: "tweetid",
  author_platform_id: "userid",
  author_handle: "user_screen_name",
  author_display_name: "user_display_name",
  author_followers: "follower_count",
  author_created_at: "account_creation_date",
  language: "tweet_language",
  text: "tweet_text",
  posted_at: "tweet_time",
  is_repost: "is_retweet",
  likes: "like_count",
  shares: "retweet_count",
  replies: "reply_count",
};
const X_IO_REQUIRED = ["tweetid", "userid", "user_screen_name", "tweet_text", "tweet_time"];

function normaliseHeader(name: string): string {
  return name.trim().toLowerCase();
}

/** A CSV line as it was (quoted where needed), for the rejected-rows report. */
export function rawCsvLine(fields: readonly string[]): string {
  return clipRaw(fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(","));
}

/** Which CSV dialect a header speaks: the IO archive has tweetid and tweet_text. */
export function detectCsvFormat(header: CsvRecord): "csv" | "x-io" {
  const names = new Set(header.fields.map(normaliseHeader));
  return names.has("tweetid") && names.has("tweet_text") ? "x-io" : "csv";
}

/**
 * Checks the header once (a missing required column is a file error) and returns the
 * function that maps each following record to our fields.
 */
export function createCsvRowMapper(header: CsvRecord, format: CsvFormat, mapping?: ColumnMapping): CsvRowMapper {
  const index = new Map<string, number>();
  header.fields.forEach((name, i) => {
    const key = format === "mapped" ? name.trim() : normaliseHeader(name);
    if (!index.has(key)) index.set(key, i);
  });

  let columns: Partial<Record<ImportField, string>>;
  let platform: Platform | undefined;
  let required: string[];
  if (format === "csv") {
    columns = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, f]));
    required = [...REQUIRED_FIELDS];
  } else if (format === "x-io") {
    columns = X_IO_COLUMNS;
    platform = "x";
    required = X_IO_REQUIRED;
  } else {
    if (!mapping) throw new ImportFileError("bad-mapping", "a column mapping is needed for this format");
    for (const field of Object.keys(mapping.columns)) {
      if (!isImportField(field)) throw new ImportFileError("bad-mapping", `"${field}" is not an import field`);
    }
    columns = mapping.columns;
    platform = mapping.platform;
    const missing = REQUIRED_FIELDS.filter((f) => !columns[f] && !(f === "platform" && platform));
    if (missing.length > 0) throw new ImportFileError("bad-mapping", `the mapping names no column for ${missing.join(", ")}`);
    required = REQUIRED_FIELDS.filter((f) => columns[f]).map((f) => columns[f] as string);
  }

  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    throw new ImportFileError(
      "missing-columns",
      `the header lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
      header.line,
    );
  }

  const positions: [ImportField, number][] = [];
  for (const field of IMPORT_FIELDS) {
    const column = columns[field];
    const at = column === undefined ? undefined : index.get(column);
    if (at !== undefined) positions.push([field, at]);
  }
  const width = header.fields.length;

  return (record) => {
    if (record.fields.length !== width) {
      return {
        ok: false,
        field: "*",
        reason: `has ${record.fields.length} field${record.fields.length === 1 ? "" : "s"}, the header has ${width}`,
        raw: rawCsvLine(record.fields),
      };
    }
    const row: RawPostRow = {};
    for (const [field, at] of positions) row[field] = record.fields[at];
    if (platform) row.platform = platform;
    return { ok: true, row, raw: rawCsvLine(record.fields) };
  };
}

/** Maps one NDJSON value (an object keyed by our field names) to a row. */
export function mapNdjsonValue(value: unknown, rawLine: string): MappedRow {
  const raw = clipRaw(rawLine);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, field: "*", reason: "is not a JSON object", raw };
  }
  const source = value as Record<string, unknown>;
  for (const field of REQUIRED_FIELDS) {
    if (!(field in source)) return { ok: false, field, reason: "is missing", raw };
  }
  const row: RawPostRow = {};
  for (const field of IMPORT_FIELDS) if (field in source) row[field] = source[field];
  return { ok: true, row, raw };
}
