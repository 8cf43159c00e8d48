import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import/import-errors.ts";
import { parseCount, parseFlag, parseImportDate } from "@/lib/import/parse-import-values.ts";
import { createCsvRowMapper, detectCsvFormat, mapNdjsonValue } from "@/lib/import/row-mappers.ts";
import { DuplicateTracker, MAX_TEXT_CHARS, validateImportRow } from "@/lib/import/validate-row.ts";

const iso = (input: string, options?: { allowDateOnly?: boolean }) => {
  const parsed = parseImportDate(input, options);
  return parsed.ok ? parsed.value.toISOString() : `refused: ${parsed.reason}`;
};

describe("parseImportDate", () => {
  it("accepts ISO 8601 with Z or an offset, and the space form as UTC", () => {
    expect(iso("2024-03-10T12:00:00Z")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-03-10T14:00:00+02:00")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-03-10T07:00:00-0500")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-03-10T17:45+05:45")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-03-10T12:00:00.123456Z")).toBe("2024-03-10T12:00:00.123Z");
    expect(iso("2024-03-10 12:00")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-03-10 12:00:59")).toBe("2024-03-10T12:00:59.000Z");
    expect(iso("2024-03-10 12:00:00+00:00")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-03-10 12:00:00 UTC")).toBe("2024-03-10T12:00:00.000Z");
    expect(iso("2024-02-29T00:00:00Z")).toBe("2024-02-29T00:00:00.000Z");
  });

  it("refuses ambiguous, foreign and impossible dates", () => {
    expect(iso("2024-03-10T12:00:00")).toMatch(/refused: .*no time zone/);
    expect(iso("10/03/2024 12:00")).toMatch(/refused: .*accepted format/);
    expect(iso("2024-03-10")).toMatch(/refused/);
    expect(iso("1710072000")).toMatch(/refused/);
    expect(iso("2023-02-29T00:00:00Z")).toMatch(/refused: .*not a real date/);
    expect(iso("2024-04-31 10:00")).toMatch(/refused/);
    expect(iso("2024-13-01T00:00:00Z")).toMatch(/refused/);
    expect(iso("2024-03-10T24:00:00Z")).toMatch(/refused/);
    expect(iso("2024-03-10T12:60:00Z")).toMatch(/refused/);
    expect(iso("2024-03-10T12:00:00+15:00")).toMatch(/refused: .*offset/);
  });

  it("accepts a bare date only where asked (account creation dates)", () => {
    expect(iso("2017-05-12", { allowDateOnly: true })).toBe("2017-05-12T00:00:00.000Z");
    expect(iso("2017-02-30", { allowDateOnly: true })).toMatch(/refused/);
  });
});

describe("counts and flags", () => {
  it("parses counts", () => {
    expect(parseCount("12", 0)).toEqual({ ok: true, value: 12 });
    expect(parseCount("12.0", 0)).toEqual({ ok: true, value: 12 });
    expect(parseCount("", 0)).toEqual({ ok: true, value: 0 });
    expect(parseCount("", null)).toEqual({ ok: true, value: null });
    expect(parseCount(7, null)).toEqual({ ok: true, value: 7 });
    expect(parseCount("-1", 0).ok).toBe(false);
    expect(parseCount("1.5", 0).ok).toBe(false);
    expect(parseCount("99999999999", 0).ok).toBe(false);
  });
  it("parses flags", () => {
    for (const t of ["true", "TRUE", "True", "1", "yes"]) expect(parseFlag(t)).toEqual({ ok: true, value: true });
    for (const f of ["false", "False", "0", "no", ""]) expect(parseFlag(f)).toEqual({ ok: true, value: false });
    expect(parseFlag("maybe").ok).toBe(false);
  });
});

const header = (fields: string[]) => ({ line: 1, fields });
const own = ["platform", "platform_post_id", "posted_at", "text", "author_handle", "likes"];

describe("createCsvRowMapper and validateImportRow", () => {
  it("refuses a header without a required column, once, as a file error", () => {
    try {
      createCsvRowMapper(header(["platform", "platform_post_id", "text"]), "csv");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).code).toBe("missing-columns");
      expect((error as ImportFileError).message).toMatch(/posted_at/);
    }
  });

  it("maps and validates the project's own format; header names are case-insensitive", () => {
    const map = createCsvRowMapper(header(["Platform", " platform_post_id", "posted_at", "text", "author_handle", "likes", "extra"]), "csv");
    const mapped = map({ line: 2, fields: ["Twitter", "id-1", "2024-01-01 10:00", "hello", "@someone", "3", "ignored"] });
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    const checked = validateImportRow(mapped.row);
    expect(checked).toMatchObject({
      ok: true,
      post: { platform: "x", platformPostId: "id-1", text: "hello", likeCount: 3, shareCount: 0, viewCount: null, author: { handle: "someone" } },
    });
  });

  it("rejects a row with the wrong number of fields", () => {
    const map = createCsvRowMapper(header(own), "csv");
    expect(map({ line: 7, fields: ["x", "1"] })).toMatchObject({ ok: false, field: "*", reason: "has 2 fields, the header has 6", raw: "x,1" });
  });

  it("names the faulty field: unknown platform, bad date, bad count, text over the limit, missing id", () => {
    const base = { platform: "x", platform_post_id: "1", posted_at: "2024-01-01T00:00:00Z", text: "t" };
    expect(validateImportRow({ ...base, platform: "myspace" })).toMatchObject({ ok: false, field: "platform", reason: expect.stringMatching(/unknown platform "myspace"/) });
    expect(validateImportRow({ ...base, posted_at: "yesterday" })).toMatchObject({ ok: false, field: "posted_at" });
    expect(validateImportRow({ ...base, likes: "many" })).toMatchObject({ ok: false, field: "likes" });
    expect(validateImportRow({ ...base, platform_post_id: " " })).toMatchObject({ ok: false, field: "platform_post_id", reason: "is required" });
    expect(validateImportRow({ ...base, text: "a".repeat(MAX_TEXT_CHARS + 1) })).toMatchObject({ ok: false, field: "text", reason: expect.stringMatching(/longer than 100,000/) });
    expect(validateImportRow({ ...base, text: "a".repeat(MAX_TEXT_CHARS) }).ok).toBe(true);
    expect(validateImportRow({ ...base, url: "javascript:alert(1)" })).toMatchObject({ ok: false, field: "url" });
    expect(validateImportRow({ ...base, media_hash: "not-hex" })).toMatchObject({ ok: false, field: "media_hash" });
    expect(validateImportRow({ ...base, language: "french language" })).toMatchObject({ ok: false, field: "language" });
  });

  it("maps the X information-operations archive, ignoring unknown columns", () => {
    const io = header(["tweetid", "userid", "user_display_name", "user_screen_name", "follower_count", "account_creation_date", "tweet_language", "tweet_text", "tweet_time", "is_retweet", "like_count", "retweet_count", "reply_count", "hashtags", "poll_choices"]);
    expect(detectCsvFormat(io)).toBe("x-io");
    expect(detectCsvFormat(header(own))).toBe("csv");
    const map = createCsvRowMapper(io, "x-io");
    const mapped = map({ line: 2, fields: ["9001", "FAKEU1", "Fake", "fake_1", "1500", "2017-05-12", "fr", "texte", "2023-09-01 14:05", "True", "15", "7", "2", "[a]", ""] });
    if (!mapped.ok) throw new Error("mapping failed");
    const checked = validateImportRow(mapped.row);
    expect(checked).toMatchObject({
      ok: true,
      post: {
        platform: "x",
        platformPostId: "9001",
        isRepost: true,
        likeCount: 15,
        shareCount: 7,
        replyCount: 2,
        language: "fr",
        author: { handle: "fake_1", platformAccountId: "FAKEU1", displayName: "Fake", followers: 1500 },
      },
    });
    if (checked.ok) expect(checked.post.author?.accountCreatedAt?.toISOString()).toBe("2017-05-12T00:00:00.000Z");
    expect(() => createCsvRowMapper(header(["tweetid", "tweet_text"]), "x-io")).toThrow(/userid/);
  });

  it("maps any CSV through a column mapping, with a constant platform", () => {
    const map = createCsvRowMapper(header(["ID", "When", "Body", "Who"]), "mapped", {
      columns: { platform_post_id: "ID", posted_at: "When", text: "Body", author_handle: "Who" },
      platform: "telegram",
    });
    const mapped = map({ line: 2, fields: ["55", "2024-05-01T00:00:00Z", "msg", "chan"] });
    if (!mapped.ok) throw new Error("mapping failed");
    expect(validateImportRow(mapped.row)).toMatchObject({ ok: true, post: { platform: "telegram", platformPostId: "55", author: { handle: "chan" } } });
    expect(() => createCsvRowMapper(header(["ID"]), "mapped", { columns: { platform_post_id: "ID" } })).toThrow(/platform, posted_at, text/);
    expect(() => createCsvRowMapper(header(["ID"]), "mapped", { columns: { nonsense: "ID" } as never })).toThrow(/not an import field/);
    expect(() => createCsvRowMapper(header(["ID", "When"]), "mapped", { columns: { platform_post_id: "ID", posted_at: "When", text: "Body" }, platform: "x" })).toThrow(/Body/);
  });

  it("maps NDJSON objects and refuses other values and missing keys", () => {
    expect(mapNdjsonValue([1], "[1]")).toMatchObject({ ok: false, field: "*", reason: "is not a JSON object" });
    expect(mapNdjsonValue({ platform: "x", posted_at: "2024-01-01T00:00:00Z", text: "" }, "{}")).toMatchObject({ ok: false, field: "platform_post_id", reason: "is missing" });
    const mapped = mapNdjsonValue({ platform: "x", platform_post_id: 42, posted_at: "2024-01-01T00:00:00Z", text: "", views: 5, is_repost: true }, "{}");
    if (!mapped.ok) throw new Error("mapping failed");
    expect(validateImportRow(mapped.row)).toMatchObject({ ok: true, post: { platformPostId: "42", viewCount: 5, isRepost: true } });
    expect(validateImportRow({ ...mapped.row, text: { nested: true } })).toMatchObject({ ok: false, field: "text" });
  });
});

describe("DuplicateTracker", () => {
  it("returns the line of the first occurrence of a (platform, id) pair", () => {
    const seen = new DuplicateTracker();
    expect(seen.firstLineOf({ platform: "x", platformPostId: "1" }, 2)).toBeNull();
    expect(seen.firstLineOf({ platform: "facebook", platformPostId: "1" }, 3)).toBeNull();
    expect(seen.firstLineOf({ platform: "x", platformPostId: "1" }, 9)).toBe(2);
  });
});
