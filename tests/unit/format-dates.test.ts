import { describe, expect, it } from "vitest";
import { formatDate, formatDateSpan, formatDateTime } from "@/lib/format/dates.ts";

describe("date formatting (UTC)", () => {
  const may15 = new Date("2024-05-15T23:30:00Z");
  it("shows dates as precisely as they are known", () => {
    expect(formatDate(may15)).toBe("15 May 2024");
    expect(formatDate(may15, "month")).toBe("May 2024");
    expect(formatDate(new Date("2023-11-02T00:00:00Z"), "quarter")).toBe("Q4 2023");
    expect(formatDate(may15, "year")).toBe("2024");
  });
  it("uses UTC, not the machine's zone", () => {
    expect(formatDateTime(may15)).toBe("15 May 2024, 23:30 UTC");
  });
  it("collapses a one-day span and marks unknown ones", () => {
    expect(formatDateSpan(may15, new Date("2024-05-15T01:00:00Z"))).toBe("15 May 2024");
    expect(formatDateSpan(may15, new Date("2024-05-19T01:00:00Z"))).toBe("15 May 2024 – 19 May 2024");
    expect(formatDateSpan(null, null)).toBe("—");
  });
});
