import "server-only";
import { z } from "zod";
import { Prisma, type PrismaClient } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import { Platform } from "../db/generated/sqlite/enums.ts";
import { ValidationError } from "../errors.ts";
import { getPostSpan, rawDate } from "../posts/post-span.ts";
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

/**
 * SQL grouping `column` into buckets: on SQLite the bucket's start as ISO text
 * "YYYY-MM-DDTHH:00:00.000Z"; on PostgreSQL the truncated timestamp, which bucketLabelSql
 * formats. Group by this in an inner query and format only the groups: PostgreSQL then runs
 * to_char once per bucket, not once per post.
 */
export function bucketKeySql(provider: DatabaseProvider, unit: BucketUnit, column: Prisma.Sql = Prisma.raw(`"postedAt"`)): Prisma.Sql {
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
        return Prisma.sql`date_trunc('hour', ${column})`;
      case "day":
        return Prisma.sql`date_trunc('day', ${column})`;
      case "week":
        return Prisma.sql`date_trunc('week', ${column})`;
    }
  }
  throw new ValidationError(`Unsupported bucket "${String(unit)}" on "${String(provider)}".`);
}

/** SQL turning a bucketKeySql value into ISO text "YYYY-MM-DDTHH:00:00.000Z". */
export function bucketLabelSql(provider: DatabaseProvider, key: Prisma.Sql): Prisma.Sql {
  if (provider === "sqlite") return key;
  if (provider === "postgresql") return Prisma.sql`to_char(${key}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  throw new ValidationError(`Unsupported provider "${String(provider)}".`);
}

/** SQL giving the start of the bucket that holds `column`, as ISO text "YYYY-MM-DDTHH:00:00.000Z". */
export function bucketStartSql(provider: DatabaseProvider, unit: BucketUnit, column: Prisma.Sql = Prisma.raw(`"postedAt"`)): Prisma.Sql {
  return bucketLabelSql(provider, bucketKeySql(provider, unit, column));
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

const DAY_MS = 24 * 3_600_000;

function utcMidnight(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/** True for no bound at all or a bound on a UTC midnight. */
function isWholeDayOrOpen(date: Date | undefined): boolean {
  return date === undefined || date.getTime() % DAY_MS === 0;
}

export interface VolumeSeriesOptions {
  campaignId?: string;
  /** Only these campaigns (an empty list matches nothing), e.g. those using a DISARM technique. */
  campaignIds?: readonly string[];
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
  const { campaignId, campaignIds, platform, language } = options;
  const inCampaigns =
    campaignIds === undefined ? undefined : campaignIds.length ? Prisma.sql`"campaignId" IN (${Prisma.join(campaignIds)})` : Prisma.sql`1 = 0`;
  const unitChoice = options.unit === undefined ? undefined : bucketUnitSchema.parse(options.unit);
  const splitBy = options.splitBy == null ? null : splitBySchema.parse(options.splitBy);
  if (platform !== undefined && !Object.values(Platform).includes(platform)) throw new ValidationError(`Unknown platform "${platform}".`);

  let from = options.from;
  let to = options.to;
  if (!from || !to) {
    const spanConditions: Prisma.Sql[] = [];
    if (from) spanConditions.push(Prisma.sql`"postedAt" >= ${from}`);
    if (to) spanConditions.push(Prisma.sql`"postedAt" < ${to}`);
    if (campaignId !== undefined) spanConditions.push(Prisma.sql`"campaignId" = ${campaignId}`);
    if (inCampaigns) spanConditions.push(inCampaigns);
    if (platform !== undefined) spanConditions.push(Prisma.sql`"platform" = ${platform}`);
    if (language !== undefined) spanConditions.push(Prisma.sql`"language" = ${language}`);
    const span = await getPostSpan(prisma, spanConditions);
    from ??= span.first ?? undefined;
    to ??= span.last ? new Date(span.last.getTime() + 1) : undefined;
  }
  if (!from || !to) {
    return { unit: unitChoice ?? "day", from: null, to: null, series: splitBy ? [] : [{ key: "all", points: [] }] };
  }
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new ValidationError("The range has an invalid date.");
  if (to.getTime() <= from.getTime()) throw new ValidationError("The range ends before it starts.", { to: ["must be after from"] });
  const unit = unitChoice ?? chooseBucket(from, to);
  // Refuse before querying: a pathological range must not run a query to no purpose.
  assertBucketLimit(from, to, unit);

  // Day and week buckets are sums of whole UTC days, so the PostVolumeDaily rollup answers
  // them when every post in the range falls on a whole day of it: the range's ends are UTC
  // midnights, or were taken from the matching posts themselves (no post lies outside).
  const rollup =
    (unit === "day" || unit === "week") && language !== "" && isWholeDayOrOpen(options.from) && isWholeDayOrOpen(options.to);
  const time = Prisma.raw(rollup ? `"day"` : `"postedAt"`);
  const conditions: Prisma.Sql[] = rollup
    ? [Prisma.sql`"day" >= ${utcMidnight(from)}`, Prisma.sql`"day" < ${to}`]
    : [Prisma.sql`"postedAt" >= ${from}`, Prisma.sql`"postedAt" < ${to}`];
  if (campaignId !== undefined) conditions.push(Prisma.sql`"campaignId" = ${campaignId}`);
  if (inCampaigns) conditions.push(inCampaigns);
  if (platform !== undefined) conditions.push(Prisma.sql`"platform" = ${platform}`);
  if (language !== undefined) conditions.push(Prisma.sql`"language" = ${language}`);
  const where = Prisma.join(conditions, " AND ");
  const table = Prisma.raw(rollup ? `"PostVolumeDaily"` : `"Post"`);
  const count = Prisma.raw(rollup ? `SUM("posts")` : `COUNT(*)`);
  const bucket = bucketKeySql(provider, unit, time);
  const label = bucketLabelSql(provider, Prisma.raw(`b."t"`));

  const range = { unit, from: from.toISOString(), to: to.toISOString() };
  if (!splitBy) {
    const rows = await prisma.$queryRaw<{ t: string; n: bigint | number }[]>`
      SELECT ${label} AS t, b."n" AS n
      FROM (SELECT ${bucket} AS "t", ${count} AS "n" FROM ${table} WHERE ${where} GROUP BY ${bucket}) AS b`;
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
    SELECT ${label} AS t, b."k" AS k, b."n" AS n
    FROM (SELECT ${bucket} AS "t", ${column} AS "k", ${count} AS "n" FROM ${table} WHERE ${where} GROUP BY ${bucket}, ${column}) AS b`;
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
  const hour = bucketKeySql(provider, "hour");
  const label = bucketLabelSql(provider, Prisma.raw(`b."t"`));
  const [totals, peaks] = await Promise.all([
    // MIN as a scalar subquery reads one entry of the (campaignId, postedAt) index.
    prisma.$queryRaw<{ first: unknown; total: bigint | number }[]>`
      SELECT (SELECT MIN("postedAt") FROM "Post" WHERE "campaignId" = ${campaignId}) AS "first",
             (SELECT COUNT(*) FROM "Post" WHERE "campaignId" = ${campaignId}) AS "total"`,
    // Bucket starts are ISO text (SQLite) or timestamps (PostgreSQL): both order by time, so
    // the earliest of tied hours comes first.
    prisma.$queryRaw<{ t: string; n: bigint | number }[]>`
      SELECT ${label} AS t, b."n" AS n
      FROM (SELECT ${hour} AS "t", COUNT(*) AS "n" FROM "Post" WHERE "campaignId" = ${campaignId} GROUP BY ${hour}) AS b
      ORDER BY b."n" DESC, b."t" ASC
      LIMIT 1`,
  ]);
  const first = rawDate(totals[0]?.first);
  const peak = peaks[0];
  if (!first || !peak) return null;
  // Posts in [first, first + 24 h) as an index range, the bound computed here and bound as
  // a parameter (compared the way Prisma's own date filters compare on each database).
  const end = new Date(first.getTime() + 24 * 3_600_000);
  const early = await prisma.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS "n" FROM "Post" WHERE "campaignId" = ${campaignId} AND "postedAt" >= ${first} AND "postedAt" < ${end}`;
  const totalPosts = toCount(totals[0]?.total);
  const firstDayPosts = toCount(early[0]?.n);
  return {
    campaignId,
    totalPosts,
    start: first.toISOString(),
    peakHour: { t: new Date(peak.t).toISOString(), n: toCount(peak.n) },
    firstDayPosts,
    firstDayShare: totalPosts === 0 ? 0 : firstDayPosts / totalPosts,
  };
}
