import { describe, expect, it } from "vitest";
import { parseQuery, postsQuery } from "@/lib/api/api-params.ts";
import { ValidationError } from "@/lib/errors.ts";
import { csvStream } from "@/lib/export/csv-stream.ts";

describe("csvStream", () => {
  it("asks for the next batch only when the reader wants more", async () => {
    let asked = 0;
    async function* batches() {
      for (let batch = 0; batch < 1_000; batch++) {
        asked++;
        yield [[`row ${batch}`, batch]];
      }
    }
    const reader = csvStream(["name", "n"], batches()).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe("name,n\r\n");
    expect(decoder.decode((await reader.read()).value)).toBe("row 0,0\r\n");
    // The stream's queue holds at most one batch ahead.
    expect(asked).toBeLessThanOrEqual(3);
    await reader.cancel();
  });
  it("skips empty batches, defuses formulas and ends", async () => {
    async function* batches() {
      yield [];
      yield [["=1+1", null, new Date("2024-01-01T00:00:00Z")]];
    }
    const text = await new Response(csvStream(["a", "b", "c"], batches())).text();
    expect(text).toBe("a,b,c\r\n'=1+1,,2024-01-01T00:00:00.000Z\r\n");
  });
});

describe("posts query parameters", () => {
  it("defaults page and size, takes filters, names each bad parameter", () => {
    expect(parseQuery(postsQuery, new URLSearchParams("platform=x&to=2024-05-31"))).toEqual({
      page: 1,
      pageSize: 50,
      platform: "x",
      to: new Date("2024-06-01T00:00:00.000Z"),
    });
    try {
      parseQuery(postsQuery, new URLSearchParams("page=0&pageSize=201&from=2024-06-02&to=2024-06-01&sort=asc"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["page", "pageSize", "sort", "to"]);
    }
    expect(() => parseQuery(postsQuery, new URLSearchParams("from=2024-06-02&to=2024-06-01"))).toThrow(ValidationError);
    expect(() => parseQuery(postsQuery, new URLSearchParams("page=1&page=2"))).toThrow(ValidationError);
  });
});
