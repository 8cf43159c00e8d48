import { z } from "zod";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { parseCount, parseFlag, parseImportDate, type Parsed } from "./parse-import-values.ts";
import { IMPORT_FIELDS, type ImportedPost, type RawPostRow } from "./post-fields.ts";

/** Longest post text accepted, in characters. */
export const MAX_TEXT_CHARS = 100_000;

const PLATFORM_ALIASES: Record<string, Platform> = { twitter: "x", fb: "facebook", ig: "instagram", "vkontakte": "vk" };
const PLATFORMS = Object.values(Platform) as Platform[];

/** Blank strings and null are "absent"; numbers from NDJSON become their decimal text. */
function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function fromParsed<T>(parsed: Parsed<T>, ctx: z.RefinementCtx): T {
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.reason });
    return z.NEVER;
  }
  return parsed.value;
}

const requiredText = (max: number) =>
  z.unknown().transform((value, ctx) => {
    if (typeof value === "object" && value !== null) {
      ctx.addIssue({ code: "custom", message: "must be text" });
      return z.NEVER;
    }
    const text = asText(value);
    if (text === undefined) {
      ctx.addIssue({ code: "custom", message: "is required" });
      return z.NEVER;
    }
    if (text.length > max) {
      ctx.addIssue({ code: "custom", message: `is longer than ${max.toLocaleString("en")} characters` });
      return z.NEVER;
    }
    return text;
  });

const optionalText = (max: number, pattern?: { re: RegExp; what: string }) =>
  z.unknown().transform((value, ctx) => {
    if (typeof value === "object" && value !== null) {
      ctx.addIssue({ code: "custom", message: "must be text" });
      return z.NEVER;
    }
    const text = asText(value);
    if (text === undefined) return null;
    if (text.length > max) {
      ctx.addIssue({ code: "custom", message: `is longer than ${max.toLocaleString("en")} characters` });
      return z.NEVER;
    }
    if (pattern && !pattern.re.test(text)) {
      ctx.addIssue({ code: "custom", message: `"${text.slice(0, 60)}" is not ${pattern.what}` });
      return z.NEVER;
    }
    return text;
  });

const count = z.unknown().transform((value, ctx) => fromParsed(parseCount(value, 0), ctx));
const optionalCount = z.unknown().transform((value, ctx) => fromParsed(parseCount(value, null), ctx));
const flag = z.unknown().transform((value, ctx) => fromParsed(parseFlag(value), ctx));

/** The row schema: one entry per field of the project's own format. */
export const importRowSchema = z.object({
  platform: z.unknown().transform((value, ctx): Platform => {
    const text = asText(value)?.toLowerCase();
    if (text === undefined) {
      ctx.addIssue({ code: "custom", message: "is required" });
      return z.NEVER;
    }
    const platform = PLATFORM_ALIASES[text] ?? PLATFORMS.find((p) => p === text);
    if (!platform) {
      ctx.addIssue({ code: "custom", message: `unknown platform "${text.slice(0, 40)}" (expected one of ${PLATFORMS.join(", ")})` });
      return z.NEVER;
    }
    return platform;
  }),
  platform_post_id: requiredText(200),
  posted_at: z.unknown().transform((value, ctx) => {
    const text = asText(value);
    if (text === undefined) {
      ctx.addIssue({ code: "custom", message: "is required" });
      return z.NEVER;
    }
    return fromParsed(parseImportDate(text), ctx);
  }),
  // Text may be empty (a post with only an image), but not absent from the file.
  text: z.unknown().transform((value, ctx) => {
    if (value !== null && value !== undefined && typeof value !== "string") {
      ctx.addIssue({ code: "custom", message: "must be text" });
      return z.NEVER;
    }
    const text = value ?? "";
    if (text.length > MAX_TEXT_CHARS) {
      ctx.addIssue({ code: "custom", message: `is longer than ${MAX_TEXT_CHARS.toLocaleString("en")} characters (${text.length.toLocaleString("en")})` });
      return z.NEVER;
    }
    return text;
  }),
  language: optionalText(35, { re: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, what: "a BCP 47 language tag (fr, en, pt-BR)" }),
  url: optionalText(2_048, { re: /^https?:\/\/\S+$/i, what: "an http(s) URL" }),
  author_handle: optionalText(200),
  author_display_name: optionalText(500),
  author_platform_id: optionalText(200),
  author_followers: optionalCount,
  author_created_at: z.unknown().transform((value, ctx) => {
    const text = asText(value);
    return text === undefined ? null : fromParsed(parseImportDate(text, { allowDateOnly: true }), ctx);
  }),
  likes: count,
  shares: count,
  replies: count,
  views: optionalCount,
  is_repost: flag,
  media_hash: optionalText(256, { re: /^[0-9a-fA-F]+$/, what: "a hexadecimal hash" }),
  doctored_media: flag,
});

export type RowCheck = { ok: true; post: ImportedPost } | { ok: false; field: string; reason: string };

/** Validates one row; a refused row names its first faulty field. */
export function validateImportRow(row: RawPostRow): RowCheck {
  // Every field present (null when the file lacks it), so the schema sees absent and blank alike.
  const complete: Record<string, unknown> = {};
  for (const field of IMPORT_FIELDS) complete[field] = row[field] ?? null;
  const result = importRowSchema.safeParse(complete);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, field: String(issue?.path[0] ?? "*"), reason: issue?.message ?? "invalid row" };
  }
  const r = result.data;
  const handle = r.author_handle?.replace(/^@/, "") || null;
  return {
    ok: true,
    post: {
      platform: r.platform,
      platformPostId: r.platform_post_id,
      postedAt: r.posted_at,
      text: r.text,
      language: r.language,
      url: r.url,
      mediaHash: r.media_hash?.toLowerCase() ?? null,
      likeCount: r.likes,
      shareCount: r.shares,
      replyCount: r.replies,
      viewCount: r.views,
      isRepost: r.is_repost,
      doctoredMedia: r.doctored_media,
      author: handle
        ? {
            handle,
            displayName: r.author_display_name,
            platformAccountId: r.author_platform_id,
            followers: r.author_followers,
            accountCreatedAt: r.author_created_at,
          }
        : null,
    },
  };
}

/** Tracks (platform, platform id) pairs seen in one file, to refuse the second occurrence. */
export class DuplicateTracker {
  private readonly seen = new Map<string, number>();

  /** The line of the earlier occurrence, or null the first time. */
  firstLineOf(post: Pick<ImportedPost, "platform" | "platformPostId">, line: number): number | null {
    const key = `${post.platform}\u0000${post.platformPostId}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) return earlier;
    this.seen.set(key, line);
    return null;
  }
}
