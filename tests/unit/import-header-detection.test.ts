import { describe, expect, it } from "vitest";
import { detectFileHeader, detectHeaderFormat, guessMapping, missingMappedFields } from "@/lib/import/header-detection.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading an upload's header in the browser", () => {
  it("recognises the project's CSV, the X IO archive, NDJSON by name, and anything else as mapped", async () => {
    expect(detectHeaderFormat(["platform", "platform_post_id", "posted_at", "text", "likes"])).toBe("csv");
    expect(detectHeaderFormat(["Platform ", "PLATFORM_POST_ID", "posted_at", "text"])).toBe("csv");
    expect(detectHeaderFormat(["tweetid", "userid", "user_screen_name", "tweet_text", "tweet_time"])).toBe("x-io");
    expect(detectHeaderFormat(["platform", "platform_post_id", "text"])).toBe("mapped");
    expect((await detectFileHeader("posts.ndjson", bytes('{"platform":"x"}\n'))).format).toBe("ndjson");
    const xio = await detectFileHeader("io.csv", bytes("tweetid,userid,user_screen_name,tweet_text,tweet_time\n1,2,a,b,c\n"));
    expect(xio).toMatchObject({ format: "x-io", mapping: { platform_post_id: "tweetid", text: "tweet_text", posted_at: "tweet_time" } });
  });

  it("reads a quoted header from the first bytes only, even when the slice cuts a later row", async () => {
    const found = await detectFileHeader("export.csv", bytes('"Message ID","Date","Body, text",Channel\n1,2024-01-01,"unterminated'));
    expect(found.columns).toEqual(["Message ID", "Date", "Body, text", "Channel"]);
    expect(found.format).toBe("mapped");
  });

  it("guesses columns by name and common synonyms, each column used once", () => {
    expect(guessMapping(["Message ID", "Date", "Body", "Channel", "lang", "Followers"])).toEqual({
      platform_post_id: "Message ID",
      posted_at: "Date",
      text: "Body",
      author_handle: "Channel",
      language: "lang",
      author_followers: "Followers",
    });
    // "id" could be the post's or the user's: the post id takes it, user_id goes to the author.
    expect(guessMapping(["id", "user_id", "created_at", "full_text"])).toEqual({
      platform_post_id: "id",
      author_platform_id: "user_id",
      posted_at: "created_at",
      text: "full_text",
    });
    expect(guessMapping(["a", "b"])).toEqual({});
  });

  it("lists the required fields a mapping lacks; a constant platform stands in for the column", () => {
    expect(missingMappedFields({ text: "Body" }, false)).toEqual(["platform", "platform_post_id", "posted_at"]);
    expect(missingMappedFields({ text: "Body", platform_post_id: "ID", posted_at: "Date" }, true)).toEqual([]);
  });
});
