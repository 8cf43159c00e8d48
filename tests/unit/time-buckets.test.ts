import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors.ts";
import {
  MAX_BUCKETS,
  TooManyBucketsError,
  bucketCount,
  bucketStart,
  bucketUnitSchema,
  chooseBucket,
  cumulative,
  fillBuckets,
} from "@/lib/stats/time-buckets.ts";

const d = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("bucketUnitSchema", () => {
  it("accepts the three units and nothing else", () => {
    expect(bucketUnitSchema.parse("week")).toBe("week");
    for (const bad of ["month", "Day", "day; DROP TABLE", "", 1]) expect(bucketUnitSchema.safeParse(bad).success).toBe(false);
  });
});

describe("chooseBucket", () => {
  const from = d("2025-01-01T00:00:00Z");
  const after = (ms: number) => new Date(from.getTime() + ms);

  it("uses hours under 7 days", () => {
    expect(chooseBucket(from, from)).toBe("hour");
    expect(chooseBucket(from, after(7 * DAY - 1))).toBe("hour");
  });
  it("uses days from 7 days up to 366 days", () => {
    expect(chooseBucket(from, after(7 * DAY))).toBe("day");
    expect(chooseBucket(d("2024-01-01T00:00:00Z"), d("2025-01-01T00:00:00Z"))).toBe("day"); // a leap year
    expect(chooseBucket(from, after(366 * DAY))).toBe("day");
  });
  it("uses weeks above 366 days", () => {
    expect(chooseBucket(from, after(366 * DAY + 1))).toBe("week");
    expect(chooseBucket(from, d("2035-01-01T00:00:00Z"))).toBe("week");
  });
  it("refuses a reversed or invalid range", () => {
    expect(() => chooseBucket(after(1), from)).toThrow(ValidationError);
    expect(() => chooseBucket(new Date(Number.NaN), from)).toThrow(ValidationError);
  });
});

describe("bucketStart (UTC)", () => {
  it("truncates to the hour and the day", () => {
    expect(bucketStart(d("2025-03-30T01:59:59.999Z"), "hour").toISOString()).toBe("2025-03-30T01:00:00.000Z");
    expect(bucketStart(d("2025-03-30T02:00:00.000Z"), "hour").toISOString()).toBe("2025-03-30T02:00:00.000Z");
    expect(bucketStart(d("2025-03-29T23:59:59.999Z"), "day").toISOString()).toBe("2025-03-29T00:00:00.000Z");
    expect(bucketStart(d("2025-03-30T00:00:00.000Z"), "day").toISOString()).toBe("2025-03-30T00:00:00.000Z");
  });

  it("reads the instant in UTC, whatever offset the input was written with", () => {
    // 2025-06-01 01:30 in Paris is 2025-05-31 23:30 UTC.
    expect(bucketStart(d("2025-06-01T01:30:00+02:00"), "day").toISOString()).toBe("2025-05-31T00:00:00.000Z");
    // Kathmandu (+05:45): 10:00 local is 04:15 UTC.
    expect(bucketStart(d("2025-06-01T10:00:00+05:45"), "hour").toISOString()).toBe("2025-06-01T04:00:00.000Z");
  });

  it("starts weeks on Monday", () => {
    // 2025-06-02 is a Monday.
    expect(bucketStart(d("2025-06-02T00:00:00.000Z"), "week").toISOString()).toBe("2025-06-02T00:00:00.000Z");
    expect(bucketStart(d("2025-06-04T12:00:00.000Z"), "week").toISOString()).toBe("2025-06-02T00:00:00.000Z");
    expect(bucketStart(d("2025-06-08T23:59:59.999Z"), "week").toISOString()).toBe("2025-06-02T00:00:00.000Z"); // Sunday
    expect(bucketStart(d("2025-06-01T23:59:59.999Z"), "week").toISOString()).toBe("2025-05-26T00:00:00.000Z"); // Sunday before
  });

  it("keeps a week whole across the year boundary", () => {
    // ISO week 1 of 2026 starts on Monday 2025-12-29.
    expect(bucketStart(d("2026-01-01T00:00:00.000Z"), "week").toISOString()).toBe("2025-12-29T00:00:00.000Z");
    expect(bucketStart(d("2026-01-04T23:59:59.999Z"), "week").toISOString()).toBe("2025-12-29T00:00:00.000Z");
    expect(bucketStart(d("2026-01-05T00:00:00.000Z"), "week").toISOString()).toBe("2026-01-05T00:00:00.000Z");
    // and across a leap day and a month end
    expect(bucketStart(d("2024-03-02T08:00:00.000Z"), "week").toISOString()).toBe("2024-02-26T00:00:00.000Z");
  });

  it("refuses an unknown unit", () => {
    expect(() => bucketStart(d("2025-06-01T00:00:00Z"), "month" as never)).toThrow(ValidationError);
  });
});

describe("fillBuckets", () => {
  it("returns every bucket of the range, oldest first, with zeros in the gaps", () => {
    const rows = [
      { t: "2025-06-03T00:00:00.000Z", n: 4 },
      { t: "2025-06-01T00:00:00.000Z", n: 2 },
    ];
    expect(fillBuckets(rows, d("2025-06-01T00:00:00Z"), d("2025-06-05T00:00:00Z"), "day")).toEqual([
      { t: "2025-06-01T00:00:00.000Z", n: 2 },
      { t: "2025-06-02T00:00:00.000Z", n: 0 },
      { t: "2025-06-03T00:00:00.000Z", n: 4 },
      { t: "2025-06-04T00:00:00.000Z", n: 0 },
    ]);
  });

  it("covers every bucket the half-open range [from, to) touches", () => {
    // from mid-bucket: its bucket is included; to on a boundary: that bucket is not.
    expect(fillBuckets([], d("2025-06-01T10:30:00Z"), d("2025-06-01T13:00:00Z"), "hour").map((p) => p.t)).toEqual([
      "2025-06-01T10:00:00.000Z",
      "2025-06-01T11:00:00.000Z",
      "2025-06-01T12:00:00.000Z",
    ]);
    // to 1 ms past a boundary: the next bucket is included.
    expect(fillBuckets([], d("2025-06-01T10:00:00Z"), d("2025-06-01T11:00:00.001Z"), "hour")).toHaveLength(2);
    // an empty range has no buckets
    expect(fillBuckets([], d("2025-06-01T10:00:00Z"), d("2025-06-01T10:00:00Z"), "hour")).toEqual([]);
  });

  it("fills Monday weeks across the year boundary", () => {
    expect(fillBuckets([{ t: "2025-12-29T00:00:00.000Z", n: 7 }], d("2025-12-24T00:00:00Z"), d("2026-01-06T00:00:00Z"), "week")).toEqual([
      { t: "2025-12-22T00:00:00.000Z", n: 0 },
      { t: "2025-12-29T00:00:00.000Z", n: 7 },
      { t: "2026-01-05T00:00:00.000Z", n: 0 },
    ]);
  });

  it("matches rows however their bucket start is spelt, and adds up duplicates", () => {
    const rows = [
      { t: "2025-06-01T10:00:00Z", n: 1 },
      { t: "2025-06-01T10:00:00.000+00:00", n: 2 },
    ];
    expect(fillBuckets(rows, d("2025-06-01T10:00:00Z"), d("2025-06-01T11:00:00Z"), "hour")).toEqual([{ t: "2025-06-01T10:00:00.000Z", n: 3 }]);
  });

  it("throws on a row that is not a bucket start or lies outside the range", () => {
    const from = d("2025-06-01T00:00:00Z");
    const to = d("2025-06-03T00:00:00Z");
    expect(() => fillBuckets([{ t: "2025-06-01T10:00:00.000Z", n: 1 }], from, to, "day")).toThrow(/not the start of a day bucket/);
    expect(() => fillBuckets([{ t: "2025-06-03T00:00:00.000Z", n: 1 }], from, to, "day")).toThrow(/outside the range/);
    expect(() => fillBuckets([{ t: "2025-05-31T00:00:00.000Z", n: 1 }], from, to, "day")).toThrow(/outside the range/);
    expect(() => fillBuckets([{ t: "2025-06-03T00:00:00.000Z", n: 1 }], from, to, "week")).toThrow(/not the start of a week bucket/); // a Tuesday
    expect(() => fillBuckets([{ t: "garbage", n: 1 }], from, to, "day")).toThrow();
  });
});

describe("the bucket cap", () => {
  it("is 5,000 buckets", () => {
    expect(MAX_BUCKETS).toBe(5_000);
  });

  it("allows exactly MAX_BUCKETS and refuses one more, with a clear error", () => {
    const from = d("2025-01-01T00:00:00Z");
    const fiveThousandHours = new Date(from.getTime() + 5_000 * HOUR);
    expect(bucketCount(from, fiveThousandHours, "hour")).toBe(5_000);
    expect(fillBuckets([], from, fiveThousandHours, "hour")).toHaveLength(5_000);

    const oneMore = new Date(fiveThousandHours.getTime() + 1);
    expect(bucketCount(from, oneMore, "hour")).toBe(5_001);
    expect(() => fillBuckets([], from, oneMore, "hour")).toThrow(TooManyBucketsError);
    expect(() => fillBuckets([], from, oneMore, "hour")).toThrow(/5001 hour buckets; at most 5000/);
    expect(() => fillBuckets([], from, oneMore, "hour")).toThrow(ValidationError); // a 400, not a 500
  });

  it("refuses a pathological range without building it", () => {
    const started = Date.now();
    expect(() => fillBuckets([], d("0001-01-01T00:00:00Z"), d("9999-12-31T00:00:00Z"), "hour")).toThrow(TooManyBucketsError);
    expect(Date.now() - started).toBeLessThan(1_000);
    // the same range in weeks is also far above the cap (~521,700 weeks)
    expect(() => fillBuckets([], d("0001-01-01T00:00:00Z"), d("9999-12-31T00:00:00Z"), "week")).toThrow(TooManyBucketsError);
  });
});

describe("cumulative", () => {
  it("turns counts into running totals and keeps the buckets", () => {
    const series = [
      { t: "2025-06-01T00:00:00.000Z", n: 2 },
      { t: "2025-06-02T00:00:00.000Z", n: 0 },
      { t: "2025-06-03T00:00:00.000Z", n: 5 },
    ];
    expect(cumulative(series)).toEqual([
      { t: "2025-06-01T00:00:00.000Z", n: 2 },
      { t: "2025-06-02T00:00:00.000Z", n: 2 },
      { t: "2025-06-03T00:00:00.000Z", n: 7 },
    ]);
    expect(series[2]!.n).toBe(5); // the input is left alone
    expect(cumulative([])).toEqual([]);
  });
});
