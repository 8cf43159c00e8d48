import "server-only";
import { z } from "zod";
import { Prisma, type PrismaClient } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { ValidationError } from "../errors.ts";
import { assertBucketLimit, bucketUnitSchema, chooseBucket, fillBuckets, type BucketPoint, type BucketUnit } from "./time-buckets.ts";

/**
 * Post volume over time, counted by the database (GROUP BY a bucket expression) and
 * zero-filled here. The same call gives the same answer on SQLite and PostgreSQL.
 *
 * Range: `from` inclusive, `to` exclusive. Without them the range is the matching posts'
 * first post up to 1 ms after their last post (so the last post is counted).
 */

export const splitBySchema = z.enum(["platform", "campaign"]);
export type SplitBy = z.infer<typeof splitBySchema>;

/** Parameters of a volume series as a request gives them (for routes and pages). */
export const volumeSeriesParamsSchema = z
  .object({
    campaignId: z.string().min(1).max(100).optional(),
    platform: z.enum(Object.values(Platform) as [Platform, ...Platform[]]).optional(),
    language: z.string().min(1).max(35).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    unit: bucketUnitSchema.optional(),
    splitBy: splitBySchema.nullable().optional(),
  })
  .refine((value) => !value.from || !value.to || value.from < value.to, { message: "from must be before to", path: ["to"] });

export type VolumeSeriesParams = z.input<typeof volumeSeriesParamsSchema>;

export interface VolumeSeries {
  unit: BucketUnit;
  /** Start of the range counted (ISO, UTC, inclusive); null when no range was given and no post matched. */
  from: string | null;
  /** End of the range counted (ISO, UTC, exclusive); null when no range was given and no post matched. */
  to: string | null;
  /**
   * Without a split: one series keyed "all". Split: one series per platform or campaign id
   * that has posts in the range, largest total first (ties by key).
   */
  series: { key: string; points: BucketPoint[] }[];
}

// ---------------------------------------------------------------------------------------
// The two SQL dialects. Only whitelisted units and columns become SQL text; values are
// always bound parameters.
//
// SQLite: the Prisma adapter stores DateTime as ISO text ("2025-06-01T01:30:00.000+00:00")
// and binds Date parameters in the same form, so range filters compare text (as Prisma's own
// filters do) and keep using the indexes; strftime() reads the offset and works in UTC.
// PostgreSQL: "postedAt" is TIMESTAMP(3) *without* time zone holding UTC wall time.
// date_trunc/to_char on that type never consult the session TimeZone; casting it to
// timestamptz (or date_trunc's 3-argument form, AT TIME ZONE) would, so none is used.
// ---------------------------------------------------------------------------------------

/** SQL giving the start of the bucket that holds `column`, as ISO text "YYYY-MM-DDTHH:00:00.000Z". */
export function bucketStartSql(provider: DatabaseProvider, unit: BucketUnit, column: Prisma.Sql = Prisma.raw(`"postedAt"`)): Prisma.Sql {
  if (provider === "sqlite") {
    switch (unit) {
      case "hour":
        return Prisma.sql`strftime('%Y-%m-%dT%H:00:00.000Z', ${column})`;
      case "day":
        return Prisma.sql`strftime('%Y-%m-%dT00:00:00.000Z', ${column})`;
      case "week":
        // Back 6 days, then forward to the next Monday (or stay on it): the ISO week's Monday.
        return Prisma.sql`strftime('%Y-%m-%dT00:00:00.000Z', ${column}, '-6 days', 'weekday 1')`;
    }
  } else if (provider === "postgresql") {
    // date_trunc('week') starts weeks on Monday (ISO).
    switch (unit) {
      case "hour":
        return Prisma.sql`to_char(date_trunc('hour', ${column}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
      case "day":
        return Prisma.sql`to_char(date_trunc('day', ${column}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
      case "week":
        return Prisma.sql`to_char(date_trunc('week', ${column}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    }
  }
  throw new ValidationError(`Unsupported bucket "${String(unit)}" on "${String(provider)}".`);
}

/** SQL for a timestamp expression as ISO text with milliseconds, "YYYY-MM-DDTHH:MM:SS.sssZ". */
function isoTextSql(provider: DatabaseProvider, expression: Prisma.Sql): Prisma.Sql {
  return provider === "sqlite"
    ? Prisma.sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${expression})`
    : Prisma.sql`to_char(${expression}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** SQL comparing two timestamp expressions: a < b + 24 hours (exact hours, no calendar). */
function beforeOneDayAfterSql(provider: DatabaseProvider, a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  // On SQLite both sides are normalised to the same UTC text, whatever offset a row was stored with.
  return provider === "sqlite"
    ? Prisma.sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${a}) < strftime('%Y-%m-%dT%H:%M:%fZ', ${b}, '+24 hours')`
    : Prisma.sql`${a} < ${b} + INTERVAL '24 hours'`;
}

function splitColumnSql(splitBy: SplitBy): Prisma.Sql {
  switch (splitBy) {
    case "platform":
      return Prisma.raw(`"platform"`);
    case "campaign":
      return Prisma.raw(`"campaignId"`);
  }
  throw new ValidationError(`Unsupported split "${String(splitBy)}".`);
}

function toCount(value: unknown): number {
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "string") return Number(value);
  if (value === null || value === undefined) return 0;
  throw new Error(`unexpected count ${String(value)}`);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface VolumeSeriesOptions {
  campaignId?: string;
  platform?: Platform;
  language?: string;
  /** Inclusive start; defaults to the first matching post. */
  from?: Date;
  /** Exclusive end; defaults to 1 ms after the last matching post. */
  to?: Date;
  /** Defaults to chooseBucket(from, to). */
  unit?: BucketUnit;
  splitBy?: SplitBy | null;
}

/** Post counts per time bucket, zero-filled, optionally one series per platform or campaign. */
export async function getVolumeSeries(prisma: PrismaClient, provider: DatabaseProvider, options: VolumeSeriesOptions): Promise<VolumeSeries> {
  const { campaignId, platform, language } = options;
  const unitChoice = options.unit === undefined ? undefined : bucketUnitSchema.parse(options.unit);
  const splitBy = options.splitBy == null ? null : splitBySchema.parse(options.splitBy);
  if (platform !== undefined && !Object.values(Platform).includes(platform)) throw new ValidationError(`Unknown platform "${platform}".`);

  let from = options.from;
  let to = options.to;
  if (!from || !to) {
    const span = await prisma.post.aggregate({
      where: { campaignId, platform, language, postedAt: { gte: from, lt: to } },
      _min: { postedAt: true },
      _max: { postedAt: true },
    });
    from ??= span._min.postedAt ?? undefined;
    to ??= span._max.postedAt ? new Date(span._max.postedAt.getTime() + 1) : undefined;
  }
  if (!from || !to) {
    return { unit: unitChoice ?? "day", from: null, to: null, series: splitBy ? [] : [{ key: "all", points: [] }] };
  }
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new ValidationError("The range has an invalid date.");
  if (to.getTime() <= from.getTime()) throw new ValidationError("The range ends before it starts.", { to: ["must be after from"] });
  const unit = unitChoice ?? chooseBucket(from, to);
  // Refuse before querying: a pathological range must not run a query to no purpose.
  assertBucketLimit(from, to, unit);

  const conditions: Prisma.Sql[] = [Prisma.sql`"postedAt" >= ${from}`, Prisma.sql`"postedAt" < ${to}`];
  if (campaignId !== undefined) conditions.push(Prisma.sql`"campaignId" = ${campaignId}`);
  if (platform !== undefined) conditions.push(Prisma.sql`"platform" = ${platform}`);
  if (language !== undefined) conditions.push(Prisma.sql`"language" = ${language}`);
  const where = Prisma.join(conditions, " AND ");
  const bucket = bucketStartSql(provider, unit);

  const range = { unit, from: from.toISOString(), to: to.toISOString() };
  if (!splitBy) {
    const rows = await prisma.$queryRaw<{ t: string; n: bigint | number }[]>`
      SELECT ${bucket} AS t, COUNT(*) AS n FROM "Post" WHERE ${where} GROUP BY ${bucket}`;
    const points = fillBuckets(
      rows.map((row) => ({ t: row.t, n: toCount(row.n) })),
      from,
      to,
      unit,
    );
    return { ...range, series: [{ key: "all", points }] };
  }

  const column = splitColumnSql(splitBy);
  const rows = await prisma.$queryRaw<{ t: string; k: string; n: bigint | number }[]>`
    SELECT ${bucket} AS t, ${column} AS k, COUNT(*) AS n FROM "Post" WHERE ${where} GROUP BY ${bucket}, ${column}`;
  const byKey = new Map<string, BucketPoint[]>();
  for (const row of rows) {
    const key = String(row.k);
    const list = byKey.get(key) ?? [];
    list.push({ t: row.t, n: toCount(row.n) });
    byKey.set(key, list);
  }
  const series = [...byKey].map(([key, keyRows]) => ({
    key,
    total: keyRows.reduce((sum, row) => sum + row.n, 0),
    points: fillBuckets(keyRows, from, to, unit),
  }));
  series.sort((a, b) => b.total - a.total || compareKeys(a.key, b.key));
  return { ...range, series: series.map(({ key, points }) => ({ key, points })) };
}

export interface BurstMarkers {
  campaignId: string;
  totalPosts: number;
  /** The first post's time (ISO, UTC). */
  start: string;
  /** The hour bucket with the most posts; the earliest such hour on a tie. */
  peakHour: BucketPoint;
  /** Posts in [start, start + 24 h): the first post counts, one exactly 24 h later does not. */
  firstDayPosts: number;
  /** firstDayPosts / totalPosts, 0 to 1. */
  firstDayShare: number;
}

/** How a campaign's posting began and peaked, counted by the database; null if it has no posts. */
export async function getBurstMarkers(prisma: PrismaClient, provider: DatabaseProvider, campaignId: string): Promise<BurstMarkers | null> {
  const postedAt = Prisma.raw(`p."postedAt"`);
  const first = Prisma.raw(`f."first"`);
  const hour = bucketStartSql(provider, "hour");
  const [totals, peaks] = await Promise.all([
    prisma.$queryRaw<{ start: string; total: bigint | number; early: bigint | number | null }[]>`
      SELECT ${isoTextSql(provider, first)} AS start,
             COUNT(*) AS total,
             SUM(CASE WHEN ${beforeOneDayAfterSql(provider, postedAt, first)} THEN 1 ELSE 0 END) AS early
      FROM "Post" AS p
      CROSS JOIN (SELECT MIN("postedAt") AS "first" FROM "Post" WHERE "campaignId" = ${campaignId}) AS f
      WHERE p."campaignId" = ${campaignId}
      GROUP BY f."first"`,
    prisma.$queryRaw<{ t: string; n: bigint | number }[]>`
      SELECT ${hour} AS t, COUNT(*) AS n
      FROM "Post" WHERE "campaignId" = ${campaignId}
      GROUP BY ${hour}
      ORDER BY COUNT(*) DESC, MIN("postedAt") ASC
      LIMIT 1`,
  ]);
  const summary = totals[0];
  const peak = peaks[0];
  if (!summary || !peak) return null;
  const totalPosts = toCount(summary.total);
  const firstDayPosts = toCount(summary.early);
  return {
    campaignId,
    totalPosts,
    start: new Date(summary.start).toISOString(),
    peakHour: { t: new Date(peak.t).toISOString(), n: toCount(peak.n) },
    firstDayPosts,
    firstDayShare: totalPosts === 0 ? 0 : firstDayPosts / totalPosts,
  };
}
