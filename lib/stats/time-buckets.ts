import { z } from "zod";
import { ValidationError } from "../errors.ts";

/**
 * Time buckets for volume charts, in UTC. Pure: the database groups posts into the same
 * buckets (lib/stats/volume-series.ts) and these helpers pick the unit, name the buckets and
 * fill the empty ones.
 *
 * A bucket is named by its start as `Date#toISOString()` text, e.g. "2025-06-02T00:00:00.000Z".
 * Ranges are half-open: `from` inclusive, `to` exclusive.
 */

export const BUCKET_UNITS = ["hour", "day", "week"] as const;

/** The bucket units a request may name; anything else is refused before it reaches SQL. */
export const bucketUnitSchema = z.enum(BUCKET_UNITS);

export type BucketUnit = z.infer<typeof bucketUnitSchema>;

/** One bucket of a series: its start (ISO, UTC) and how many posts fall in it. */
export interface BucketPoint {
  t: string;
  n: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Length of each unit. Exact in UTC, which has no daylight-saving days. */
export const BUCKET_MS: Record<BucketUnit, number> = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS };

/**
 * The most buckets one series may have. A longer series is refused (TooManyBucketsError)
 * rather than silently coarsened: the caller asked for a unit and gets that unit or an error.
 * 5,000 is ~208 days of hours, ~13.7 years of days, ~96 years of weeks.
 */
export const MAX_BUCKETS = 5_000;

export class TooManyBucketsError extends ValidationError {
  constructor(
    readonly buckets: number,
    readonly unit: BucketUnit,
  ) {
    super(`This range needs ${buckets} ${unit} buckets; at most ${MAX_BUCKETS} are allowed. Choose a shorter range or a longer unit.`, {
      unit: [`too many ${unit} buckets for this range`],
    });
    this.name = "TooManyBucketsError";
  }
}

function assertRange(from: Date, to: Date): void {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new ValidationError("The range has an invalid date.");
  if (to.getTime() < from.getTime()) throw new ValidationError("The range ends before it starts.");
}

/**
 * The unit that suits a range: hourly under 7 days, daily up to 366 days (a whole leap
 * year stays daily), weekly above.
 */
export function chooseBucket(from: Date, to: Date): BucketUnit {
  assertRange(from, to);
  const span = to.getTime() - from.getTime();
  if (span < 7 * DAY_MS) return "hour";
  if (span <= 366 * DAY_MS) return "day";
  return "week";
}

/** The start of the UTC bucket holding `date`; weeks start on Monday (ISO 8601). */
export function bucketStart(date: Date, unit: BucketUnit): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  switch (unit) {
    case "hour":
      return new Date(Date.UTC(y, m, d, date.getUTCHours()));
    case "day":
      return new Date(Date.UTC(y, m, d));
    case "week": {
      // getUTCDay(): Sunday 0 ... Saturday 6; days since Monday: Monday 0 ... Sunday 6.
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      return new Date(Date.UTC(y, m, d) - sinceMonday * DAY_MS);
    }
    default:
      throw new ValidationError(`Unknown bucket unit "${String(unit)}".`);
  }
}

/** First and last bucket start of the half-open range [from, to), or null if it is empty. */
function bucketBounds(from: Date, to: Date, unit: BucketUnit): { first: number; last: number } | null {
  assertRange(from, to);
  if (to.getTime() === from.getTime()) return null;
  return {
    first: bucketStart(from, unit).getTime(),
    last: bucketStart(new Date(to.getTime() - 1), unit).getTime(),
  };
}

/** How many buckets of `unit` overlap the half-open range [from, to). */
export function bucketCount(from: Date, to: Date, unit: BucketUnit): number {
  const bounds = bucketBounds(from, to, unit);
  return bounds ? (bounds.last - bounds.first) / BUCKET_MS[unit] + 1 : 0;
}

/** Throws TooManyBucketsError when the range would need more than MAX_BUCKETS buckets. */
export function assertBucketLimit(from: Date, to: Date, unit: BucketUnit): void {
  const count = bucketCount(from, to, unit);
  if (count > MAX_BUCKETS) throw new TooManyBucketsError(count, unit);
}

/**
 * A continuous series over the half-open range [from, to): one point per bucket that
 * overlaps it, oldest first, 0 where `rows` has nothing. Rows with the same bucket are
 * added up. A row that is not a bucket start of `unit`, or lies outside the range, throws:
 * it means the SQL and this helper disagree, which must not pass silently.
 */
export function fillBuckets(rows: readonly BucketPoint[], from: Date, to: Date, unit: BucketUnit): BucketPoint[] {
  assertBucketLimit(from, to, unit);
  const bounds = bucketBounds(from, to, unit);
  const counts = new Map<number, number>();
  for (const row of rows) {
    const at = new Date(row.t);
    const time = at.getTime();
    if (Number.isNaN(time) || bucketStart(at, unit).getTime() !== time) {
      throw new Error(`"${row.t}" is not the start of a ${unit} bucket`);
    }
    if (!bounds || time < bounds.first || time > bounds.last) {
      throw new Error(`bucket "${row.t}" lies outside the range ${from.toISOString()} - ${to.toISOString()}`);
    }
    counts.set(time, (counts.get(time) ?? 0) + row.n);
  }
  if (!bounds) return [];
  const series: BucketPoint[] = [];
  for (let time = bounds.first; time <= bounds.last; time += BUCKET_MS[unit]) {
    series.push({ t: new Date(time).toISOString(), n: counts.get(time) ?? 0 });
  }
  return series;
}

/** Running totals of a series (each point's `n` becomes the sum up to and including it). */
export function cumulative<P extends BucketPoint>(series: readonly P[]): P[] {
  let total = 0;
  return series.map((point) => {
    total += point.n;
    return { ...point, n: total };
  });
}
