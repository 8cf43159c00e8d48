import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readCsvRecords, type CsvRecord } from "@/lib/import/csv-reader.ts";
import { ImportFileError } from "@/lib/import/import-errors.ts";
import { readNdjsonLines } from "@/lib/import/ndjson-reader.ts";

const fixture = (name: string) => path.join(import.meta.dirname, "../fixtures/import", name);

/** Feeds the bytes in chunks of `size`, to cross every boundary a real stream may cut. */
function chunked(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function readAll(bytes: Buffer | string, size = 65_536, maxFieldChars?: number): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const record of readCsvRecords(chunked(Buffer.from(bytes), size), { maxFieldChars })) out.push(record);
  return out;
}

async function fileError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe("readCsvRecords", () => {
  it("reads quoted fields, doubled quotes, commas, CRLF, BOM, and skips blank lines, at every chunk size", async () => {
    const bytes = readFileSync(fixture("quoted-newlines.csv"));
    for (const size of [1, 2, 3, 7, 64, 65_536]) {
      const records = await readAll(bytes, size);
      expect(records.map((r) => r.line)).toEqual([1, 2, 5, 7]);
      expect(records[0]?.fields).toEqual(["platform", "platform_post_id", "posted_at", "text"]);
      expect(records[1]?.fields[3]).toBe("line one\r\nline two\r\nline three");
      expect(records[2]?.fields[3]).toBe('a "quoted" word');
      expect(records[3]?.fields).toEqual(["x", "fake-nl-3", "2024-01-01T00:00:00Z", "after a blank line"]);
    }
  });

  it("counts LF-only files and a last line without a line break", async () => {
    const records = await readAll('a,b\n1,"x\ny"\n\n2,z');
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "x\ny"] },
      { line: 5, fields: ["2", "z"] },
    ]);
  });

  it("keeps empty fields and a trailing empty field", async () => {
    expect(await readAll('a,b,c\r\n,,\r\n"",x,\r\n')).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["", "", ""] },
      { line: 3, fields: ["", "x", ""] },
    ]);
  });

  it("reports a truncated file (unterminated quote) with the line the quote opened on", async () => {
    const error = await fileError(readAll(readFileSync(fixture("truncated.csv"))));
    expect(error.code).toBe("truncated");
    expect(error.line).toBe(3);
  });

  it("names the delimiter when the header is separated by semicolons or tabs", async () => {
    const semi = await fileError(readAll(readFileSync(fixture("semicolons.csv"))));
    expect(semi.code).toBe("wrong-delimiter");
    expect(semi.message).toMatch(/semicolon \(;\)/);
    const tab = await fileError(readAll("platform\tplatform_post_id\nx\t1\n"));
    expect(tab.message).toMatch(/tab/);
  });

  it("reports invalid UTF-8 with its physical line, whatever the chunking", async () => {
    const bytes = readFileSync(fixture("invalid-utf8.csv"));
    for (const size of [1, 5, 65_536]) {
      const error = await fileError(readAll(bytes, size));
      expect(error.code).toBe("invalid-utf8");
      expect(error.line).toBe(3);
    }
  });

  it("reports a file ending inside a UTF-8 character", async () => {
    const error = await fileError(readAll(Buffer.from([0x61, 0x0a, 0x62, 0xc3])));
    expect(error.code).toBe("invalid-utf8");
    expect(error.line).toBe(2);
  });

  it("accepts a multi-byte character split across chunks", async () => {
    const records = await readAll("t\ncafé ☕ 𝕏\n", 1);
    expect(records[1]?.fields[0]).toBe("café ☕ 𝕏");
  });

  it("stops on a field over the size limit (100 kB field, limit 50,000)", async () => {
    const big = "é".repeat(100_000);
    const error = await fileError(readAll(`a,b\n1,"${big}"\n`, 65_536, 50_000));
    expect(error.code).toBe("field-too-large");
    expect(error.line).toBe(2);
    // Under the default limit the same field is read whole.
    const records = await readAll(`a,b\n1,"${big}"\n`);
    expect(records[1]?.fields[1]?.length).toBe(100_000);
  });
});

describe("readNdjsonLines", () => {
  it("yields values and invalid-JSON failures with their lines", async () => {
    const lines = [];
    for await (const line of readNdjsonLines(chunked(readFileSync(fixture("posts-valid.ndjson")), 10))) lines.push(line);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, true],
      [4, true],
      [5, false],
      [6, true],
      [7, true],
    ]);
    const bad = lines[3];
    expect(bad && !bad.ok && bad.reason).toMatch(/invalid JSON/);
  });

  it("reads CRLF and a last line without a break, and refuses invalid UTF-8", async () => {
    const lines = [];
    for await (const line of readNdjsonLines(Readable.from([Buffer.from('{"a":1}\r\n{"a":2}')]))) lines.push(line);
    expect(lines.map((l) => l.ok && l.value)).toEqual([{ a: 1 }, { a: 2 }]);
    const error = await fileError(
      (async () => {
        for await (const line of readNdjsonLines(Readable.from([Buffer.from([0x7b, 0x7d, 0x0a, 0xff, 0x0a])]))) void line;
      })(),
    );
    expect(error.line).toBe(2);
  });
});
