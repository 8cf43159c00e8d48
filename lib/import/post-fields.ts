import type { Platform } from "../db/generated/sqlite/enums.ts";

/**
 * The project's own import columns (CSV header names and NDJSON keys), documented in
 * docs/import-format.md. Every other format is mapped onto these.
 */
export const IMPORT_FIELDS = [
  "platform",
  "platform_post_id",
  "posted_at",
  "text",
  "language",
  "url",
  "author_handle",
  "author_display_name",
  "author_platform_id",
  "author_followers",
  "author_created_at",
  "likes",
  "shares",
  "replies",
  "views",
  "is_repost",
  "media_hash",
  "doctored_media",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Columns a file must have (checked once, on the header). */
export const REQUIRED_FIELDS: readonly ImportField[] = ["platform", "platform_post_id", "posted_at", "text"];

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** A row named by our fields, before validation; values are strings (CSV) or JSON values. */
export type RawPostRow = Partial<Record<ImportField, unknown>>;

export interface ImportedAuthor {
  handle: string;
  displayName: string | null;
  platformAccountId: string | null;
  followers: number | null;
  accountCreatedAt: Date | null;
}

/** One post, validated and normalised, ready to be written. */
export interface ImportedPost {
  platform: Platform;
  platformPostId: string;
  postedAt: Date;
  text: string;
  language: string | null;
  url: string | null;
  mediaHash: string | null;
  likeCount: number;
  shareCount: number;
  replyCount: number;
  viewCount: number | null;
  isRepost: boolean;
  doctoredMedia: boolean;
  author: ImportedAuthor | null;
}

/** A row that was not imported, and why. `raw` is the source line, cut at 2,000 characters. */
export interface RejectedRow {
  line: number;
  field: string;
  reason: string;
  raw: string;
}

export const MAX_RAW_CHARS = 2_000;

export function clipRaw(raw: string): string {
  return raw.length > MAX_RAW_CHARS ? `${raw.slice(0, MAX_RAW_CHARS)}…` : raw;
}
