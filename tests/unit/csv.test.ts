import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/format/csv.ts";

describe("CSV", () => {
  it("quotes cells with commas, quotes and newlines", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });
  it("defuses spreadsheet formulas in text", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe("-5");
  });
  it("writes dates as ISO and nulls as empty", () => {
    expect(toCsv(["t", "n"], [[new Date("2024-05-15T00:00:00Z"), null]])).toBe("t,n\r\n2024-05-15T00:00:00.000Z,\r\n");
  });
});
