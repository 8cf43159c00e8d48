import { describe, expect, it } from "vitest";
import { z } from "zod";
import { slugify } from "@/lib/validation/slug.ts";
import { countryField, idList, lines, optionalDay, optionalUrl, slugField } from "@/lib/validation/record-fields.ts";
import { combinePostedAt } from "@/lib/posts/posted-at.ts";
import { startOfPeriod } from "@/lib/events/save-event.ts";
import { parseImportDate } from "@/lib/import/parse-import-values.ts";

describe("slugify", () => {
  it.each([
    ["Baku Initiative Group (BIG)", "baku-initiative-group-big"],
    ["  Élections législatives 2024 ", "elections-legislatives-2024"],
    ["---", ""],
    ["a".repeat(100), "a".repeat(80)],
  ])("%s → %s", (input, slug) => {
    expect(slugify(input)).toBe(slug);
    if (slug) expect(slugField.safeParse(slug).success).toBe(true);
  });

  it("refuses slugs a URL would mangle", () => {
    for (const bad of ["Upper", "two--hyphens", "-lead", "spa ce", "é"]) expect(slugField.safeParse(bad).success, bad).toBe(false);
  });
});

describe("record fields", () => {
  const day = optionalDay("first seen");
  it("reads days as UTC midnight, blank as null, and refuses days that do not exist", () => {
    expect(day.parse("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(day.parse("  ")).toBeNull();
    expect(day.safeParse("2023-02-29").success).toBe(false);
    expect(day.safeParse("29/02/2024").success).toBe(false);
  });

  it("upper-cases ISO country codes and refuses anything else", () => {
    expect(countryField.parse("az")).toBe("AZ");
    expect(countryField.parse("")).toBeNull();
    expect(countryField.safeParse("AZE").success).toBe(false);
  });

  it("accepts only http(s) URLs", () => {
    expect(optionalUrl.parse("https://example.org/a")).toBe("https://example.org/a");
    expect(optionalUrl.safeParse("javascript:alert(1)").success).toBe(false);
  });

  it("takes ids from one value or many, dropping blanks and repeats", () => {
    expect(idList.parse(undefined)).toEqual([]);
    expect(idList.parse("a")).toEqual(["a"]);
    expect(idList.parse(["a", "", "b", "a"])).toEqual(["a", "b"]);
    expect(z.object({ l: lines("target", 5) }).safeParse({ l: "ok\n\n toolong \nok" }).success).toBe(false);
    expect(lines("target", 20).parse("France\r\n\nFrance\nNew Caledonia")).toEqual(["France", "New Caledonia"]);
  });
});

describe("a post's time and time zone", () => {
  const instant = (local: string, zone: string) => {
    const combined = combinePostedAt(local, zone);
    if (!combined.ok) throw new Error(combined.reason);
    // The importer's own rule reads the result.
    const parsed = parseImportDate(combined.value);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.value.toISOString();
  };

  it("applies UTC, offsets and IANA zones, including daylight saving time", () => {
    expect(instant("2024-05-17T14:05", "UTC")).toBe("2024-05-17T14:05:00.000Z");
    expect(instant("2024-05-17T14:05", "")).toBe("2024-05-17T14:05:00.000Z");
    expect(instant("2024-05-17T14:05:30", "-03:30")).toBe("2024-05-17T17:35:30.000Z");
    expect(instant("2024-05-17T14:05", "Europe/Paris")).toBe("2024-05-17T12:05:00.000Z"); // CEST
    expect(instant("2024-01-17T14:05", "Europe/Paris")).toBe("2024-01-17T13:05:00.000Z"); // CET
    expect(instant("2024-05-17T14:05", "Pacific/Noumea")).toBe("2024-05-17T03:05:00.000Z");
  });

  it("names the faulty field", () => {
    expect(combinePostedAt("", "UTC")).toMatchObject({ ok: false, field: "posted_at" });
    expect(combinePostedAt("17/05/2024 14:05", "UTC")).toMatchObject({ ok: false, field: "posted_at" });
    expect(combinePostedAt("2024-05-17T14:05", "Mars/Olympus")).toMatchObject({ ok: false, field: "posted_at_zone" });
  });
});

describe("event dates", () => {
  const may17 = new Date("2024-05-17T00:00:00Z");
  it.each([
    ["day", "2024-05-17"],
    ["month", "2024-05-01"],
    ["quarter", "2024-04-01"],
    ["year", "2024-01-01"],
  ] as const)("%s precision is stored as the period's first day", (precision, expected) => {
    expect(startOfPeriod(may17, precision).toISOString().slice(0, 10)).toBe(expected);
  });
});
