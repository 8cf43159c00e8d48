// Runs in the browser too (the upload form reads the file's header before sending it): no
// server-only imports here.
import { readCsvRecords } from "./csv-reader.ts";
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "./post-fields.ts";
import { X_IO_COLUMNS } from "./row-mappers.ts";

export type DetectedFormat = "csv" | "x-io" | "ndjson" | "mapped";

export interface HeaderDetection {
  format: DetectedFormat;
  /** The CSV header's column names ([] for NDJSON). */
  columns: string[];
  /** A first guess at {ourField: theirColumn} for a mapped CSV. */
  mapping: Partial<Record<ImportField, string>>;
}

/** Other names tools give our fields, compared lower-cased with spaces and dashes as "_". */
const SYNONYMS: Partial<Record<ImportField, readonly string[]>> = {
  platform: ["network", "site", "source_platform"],
  platform_post_id: ["id", "post_id", "tweet_id", "tweetid", "message_id", "status_id"],
  posted_at: ["date", "created_at", "timestamp", "time", "published", "published_at", "datetime", "tweet_time"],
  text: ["body", "content", "message", "tweet_text", "full_text", "caption"],
  language: ["lang", "tweet_language"],
  url: ["link", "permalink", "post_url"],
  author_handle: ["handle", "username", "user", "screen_name", "user_screen_name", "author", "account", "channel"],
  author_display_name: ["display_name", "name", "user_display_name", "author_name"],
  author_platform_id: ["user_id", "userid", "author_id", "account_id"],
  author_followers: ["followers", "follower_count", "followers_count"],
  likes: ["like_count", "likes_count", "favorite_count"],
  shares: ["retweet_count", "share_count", "shares_count", "reposts"],
  replies: ["reply_count", "comments", "comment_count"],
  views: ["view_count", "impressions"],
  is_repost: ["is_retweet", "retweet", "repost"],
};

const normalise = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** Guesses which of `columns` holds each of our fields: exact names first, then synonyms. */
export function guessMapping(columns: readonly string[]): Partial<Record<ImportField, string>> {
  const byName = new Map<string, string>();
  for (const column of columns) if (!byName.has(normalise(column))) byName.set(normalise(column), column);
  const used = new Set<string>();
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    for (const candidate of [field, ...(SYNONYMS[field] ?? [])]) {
      const column = byName.get(candidate);
      if (column !== undefined && !used.has(column)) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** Which format a header speaks: ours (all required columns), the X IO archive, or neither. */
export function detectHeaderFormat(columns: readonly string[]): Exclude<DetectedFormat, "ndjson"> {
  const names = new Set(columns.map((c) => c.trim().toLowerCase()));
  if (names.has("tweetid") && names.has("tweet_text")) return "x-io";
  if (REQUIRED_FIELDS.every((f) => names.has(f))) return "csv";
  return "mapped";
}

/** Fields a mapping still lacks (a constant platform stands in for the platform column). */
export function missingMappedFields(mapping: Partial<Record<ImportField, string>>, constantPlatform: boolean): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => !mapping[f] && !(f === "platform" && constantPlatform));
}

/** Reads the header of a file from its first bytes (the whole file is never needed). */
export async function detectFileHeader(fileName: string, firstBytes: Uint8Array): Promise<HeaderDetection> {
  if (/\.(ndjson|jsonl)$/i.test(fileName)) return { format: "ndjson", columns: [], mapping: {} };
  let columns: string[] = [];
  try {
    async function* once() {
      yield firstBytes;
    }
    for await (const record of readCsvRecords(once())) {
      columns = record.fields;
      break;
    }
  } catch {
    // A header cut by the slice, or not CSV at all: the server reports the file error.
  }
  const format = detectHeaderFormat(columns);
  const mapping = format === "x-io" ? { ...X_IO_COLUMNS } : guessMapping(columns);
  return { format, columns, mapping };
}
