import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client.ts";
import { ValidationError } from "@/lib/errors.ts";
import { TooManyBucketsError } from "@/lib/stats/time-buckets.ts";
import { getBurstMarkers, getVolumeSeries, volumeSeriesParamsSchema, type VolumeSeries } from "@/lib/stats/volume-series.ts";
import { testProviders, withTestDatabases } from "../helpers/test-databases.ts";

// Every expected count below was worked out by hand from this table, not by the code.
// Campaign ids are fixed so that split-by-campaign keys match across the two databases.
const ALPHA = "camp-alpha";
const BETA = "camp-beta";

type Row = [campaignId: string, platform: "x" | "facebook" | "telegram", language: string | null, postedAt: string];
const POSTS: Row[] = [
  // alpha, around the EU daylight-saving change (2025-03-30, 01:00 UTC) and day/hour boundaries
  [ALPHA, "x", "fr", "2025-03-29T23:59:59.999Z"], // a1 Saturday, last ms of the day
  [ALPHA, "x", "fr", "2025-03-30T00:00:00.000Z"], // a2 Sunday, first ms of the day
  [ALPHA, "facebook", "en", "2025-03-30T00:59:59.999Z"], // a3
  [ALPHA, "facebook", "fr", "2025-03-30T01:00:00.000Z"], // a4
  [ALPHA, "x", "en", "2025-03-30T01:30:00.000Z"], // a5
  [ALPHA, "telegram", null, "2025-03-30T23:30:00.000Z"], // a14 23.5 h after a1: inside its first 24 h, on the next UTC day
  [ALPHA, "x", "fr", "2025-03-31T00:00:00.000Z"], // a6 Monday: a new week
  [ALPHA, "telegram", "fr", "2025-06-01T10:30:00.000Z"], // a7
  // alpha, across the year boundary (ISO week starting Monday 2025-12-29 runs to 2026-01-04)
  [ALPHA, "x", "fr", "2025-12-28T12:00:00.000Z"], // a8 Sunday: week of 2025-12-22
  [ALPHA, "facebook", "en", "2025-12-29T00:00:00.000Z"], // a9 Monday
  [ALPHA, "facebook", "fr", "2025-12-31T23:59:59.999Z"], // a10
  [ALPHA, "x", null, "2026-01-01T00:00:00.000Z"], // a11 no language
  [ALPHA, "x", "en", "2026-01-04T23:59:59.999Z"], // a12 Sunday, last ms of the week
  [ALPHA, "x", "fr", "2026-01-05T00:00:00.000Z"], // a13 Monday: week of 2026-01-05
  // beta: a burst
  [BETA, "telegram", "ru", "2025-06-01T10:00:00.000Z"], // b1 first post
  [BETA, "telegram", "ru", "2025-06-01T10:15:00.000Z"], // b2
  [BETA, "telegram", "ru", "2025-06-01T11:00:00.000Z"], // b3 peak hour 11:00 (3 posts)
  [BETA, "x", "ru", "2025-06-01T11:10:00.000Z"], // b4
  [BETA, "x", "ru", "2025-06-01T11:59:59.999Z"], // b5
  [BETA, "telegram", "ru", "2025-06-02T09:59:59.999Z"], // b6 last ms inside the first 24 h
  [BETA, "telegram", "ru", "2025-06-02T10:00:00.000Z"], // b7 exactly 24 h after b1: outside
  [BETA, "x", "en", "2025-06-05T08:00:00.000Z"], // b8
  [BETA, "x", "en", "2025-06-05T08:30:00.000Z"], // b9
];

const d = (iso: string) => new Date(iso);
const pts = (...pairs: [string, number][]) => pairs.map(([t, n]) => ({ t, n }));

/** Every UTC step from start, `count` times, with n from `nonZero` (else 0). */
function expectedSeries(start: string, stepMs: number, count: number, nonZero: Record<string, number>) {
  const points = Array.from({ length: count }, (_, i) => {
    const t = new Date(Date.parse(start) + i * stepMs).toISOString();
    return { t, n: nonZero[t] ?? 0 };
  });
  for (const t of Object.keys(nonZero)) if (!points.some((point) => point.t === t)) throw new Error(`bad fixture: ${t}`);
  return points;
}
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

// Results per provider, compared at the end.
const resultsOn = new Map<string, unknown[]>();

withTestDatabases((ctx) => {
  const results: unknown[] = [];
  const series = async (options: Parameters<typeof getVolumeSeries>[2]): Promise<VolumeSeries> => {
    const result = await getVolumeSeries(ctx.prisma(), ctx.provider, options);
    results.push(result);
    return result;
  };
  const only = (result: VolumeSeries) => {
    expect(result.series.map((s) => s.key)).toEqual(["all"]);
    return result.series[0]!.points;
  };

  beforeAll(async () => {
    const prisma = ctx.prisma();
    await prisma.campaign.createMany({
      data: [
        { id: ALPHA, slug: "alpha", name: "Alpha", summary: "Test campaign alpha" },
        { id: BETA, slug: "beta", name: "Beta", summary: "Test campaign beta" },
      ],
    });
    await prisma.post.createMany({
      data: POSTS.map(([campaignId, platform, language, postedAt], i) => ({
        campaignId,
        platform,
        language,
        postedAt: d(postedAt),
        platformPostId: `p${i}`,
        text: `post ${i}`,
      })),
    });
    resultsOn.set(ctx.provider, results);
  });

  it("stores DateTime the way the bucketing SQL expects", async () => {
    if (ctx.provider === "sqlite") {
      // `|| ''` keeps Prisma from turning the DATETIME column back into a Date.
      const rows = await ctx.prisma().$queryRaw<{ v: string; type: string }[]>`
        SELECT "postedAt" || '' AS v, typeof("postedAt") AS type FROM "Post" WHERE "platformPostId" = 'p0'`;
      expect(rows[0]).toEqual({ v: "2025-03-29T23:59:59.999+00:00", type: "text" });
    } else {
      const rows = await ctx.prisma().$queryRaw<{ v: string }[]>`SELECT to_char("postedAt", 'YYYY-MM-DD HH24:MI:SS.MS') AS v FROM "Post" WHERE "platformPostId" = 'p0'`;
      expect(rows[0]!.v).toBe("2025-03-29 23:59:59.999");
    }
  });

  it("counts hours at hour boundaries and across the daylight-saving date", async () => {
    const result = await series({ campaignId: ALPHA, from: d("2025-03-29T23:00:00Z"), to: d("2025-03-30T03:00:00Z"), unit: "hour" });
    expect(result).toMatchObject({ unit: "hour", from: "2025-03-29T23:00:00.000Z", to: "2025-03-30T03:00:00.000Z" });
    expect(only(result)).toEqual(
      pts(["2025-03-29T23:00:00.000Z", 1], ["2025-03-30T00:00:00.000Z", 2], ["2025-03-30T01:00:00.000Z", 2], ["2025-03-30T02:00:00.000Z", 0]),
    );
  });

  it("counts days: 23:59:59.999 and 00:00:00.000 fall on different days", async () => {
    const result = await series({ campaignId: ALPHA, from: d("2025-03-28T00:00:00Z"), to: d("2025-04-01T00:00:00Z"), unit: "day" });
    expect(only(result)).toEqual(
      pts(["2025-03-28T00:00:00.000Z", 0], ["2025-03-29T00:00:00.000Z", 1], ["2025-03-30T00:00:00.000Z", 5], ["2025-03-31T00:00:00.000Z", 1]),
    );
  });

  it("counts Monday-start weeks across the year boundary", async () => {
    const result = await series({ campaignId: ALPHA, from: d("2025-12-22T00:00:00Z"), to: d("2026-01-12T00:00:00Z"), unit: "week" });
    expect(only(result)).toEqual(pts(["2025-12-22T00:00:00.000Z", 1], ["2025-12-29T00:00:00.000Z", 4], ["2026-01-05T00:00:00.000Z", 1]));
  });

  it("takes the range from the data when none is given, counting the last post", async () => {
    const result = await series({ campaignId: ALPHA, unit: "week" });
    expect(result).toMatchObject({ unit: "week", from: "2025-03-29T23:59:59.999Z", to: "2026-01-05T00:00:00.001Z" });
    // Monday 2025-03-24 to Monday 2026-01-05 is 41 weeks: 42 buckets.
    expect(only(result)).toEqual(
      expectedSeries("2025-03-24T00:00:00.000Z", WEEK, 42, {
        "2025-03-24T00:00:00.000Z": 6,
        "2025-03-31T00:00:00.000Z": 1,
        "2025-05-26T00:00:00.000Z": 1,
        "2025-12-22T00:00:00.000Z": 1,
        "2025-12-29T00:00:00.000Z": 4,
        "2026-01-05T00:00:00.000Z": 1,
      }),
    );
  });

  it("chooses the unit from the range when none is given (under 7 days: hours)", async () => {
    const result = await series({ campaignId: BETA });
    expect(result).toMatchObject({ unit: "hour", from: "2025-06-01T10:00:00.000Z", to: "2025-06-05T08:30:00.001Z" });
    // 2025-06-01T10:00 to 2025-06-05T08:00 is 94 hours: 95 buckets.
    expect(only(result)).toEqual(
      expectedSeries("2025-06-01T10:00:00.000Z", HOUR, 95, {
        "2025-06-01T10:00:00.000Z": 2,
        "2025-06-01T11:00:00.000Z": 3,
        "2025-06-02T09:00:00.000Z": 1,
        "2025-06-02T10:00:00.000Z": 1,
        "2025-06-05T08:00:00.000Z": 2,
      }),
    );
  });

  it("includes a post exactly at `from` and excludes one exactly at `to`", async () => {
    const hour = await series({ campaignId: ALPHA, from: d("2025-03-30T00:00:00.000Z"), to: d("2025-03-30T01:00:00.000Z"), unit: "hour" });
    expect(only(hour)).toEqual(pts(["2025-03-30T00:00:00.000Z", 2])); // a2 (at from), a3; not a4 (at to)
    const oneMs = await series({ campaignId: ALPHA, from: d("2025-03-29T23:59:59.999Z"), to: d("2025-03-30T00:00:00.000Z"), unit: "day" });
    expect(only(oneMs)).toEqual(pts(["2025-03-29T00:00:00.000Z", 1])); // a1 only
  });

  it("filters by platform, language, both, and platform across campaigns", async () => {
    const march = { from: d("2025-03-29T00:00:00Z"), to: d("2025-04-01T00:00:00Z"), unit: "day" as const };
    expect(only(await series({ campaignId: ALPHA, platform: "facebook", ...march }))).toEqual(
      pts(["2025-03-29T00:00:00.000Z", 0], ["2025-03-30T00:00:00.000Z", 2], ["2025-03-31T00:00:00.000Z", 0]),
    );
    expect(only(await series({ campaignId: ALPHA, language: "fr", ...march }))).toEqual(
      pts(["2025-03-29T00:00:00.000Z", 1], ["2025-03-30T00:00:00.000Z", 2], ["2025-03-31T00:00:00.000Z", 1]),
    );
    const yearEnd = { from: d("2025-12-22T00:00:00Z"), to: d("2026-01-12T00:00:00Z"), unit: "week" as const };
    expect(only(await series({ campaignId: ALPHA, platform: "x", language: "fr", ...yearEnd }))).toEqual(
      pts(["2025-12-22T00:00:00.000Z", 1], ["2025-12-29T00:00:00.000Z", 0], ["2026-01-05T00:00:00.000Z", 1]),
    );
    expect(only(await series({ platform: "telegram", from: d("2025-06-01T00:00:00Z"), to: d("2025-06-03T00:00:00Z"), unit: "day" }))).toEqual(
      pts(["2025-06-01T00:00:00.000Z", 4], ["2025-06-02T00:00:00.000Z", 2]),
    );
  });

  it("takes the range from the filtered posts only", async () => {
    const result = await series({ campaignId: ALPHA, language: "en", unit: "week" });
    expect(result).toMatchObject({ from: "2025-03-30T00:59:59.999Z", to: "2026-01-05T00:00:00.000Z" });
    const points = only(result);
    expect(points[0]).toEqual({ t: "2025-03-24T00:00:00.000Z", n: 2 });
    expect(points.at(-1)).toEqual({ t: "2025-12-29T00:00:00.000Z", n: 2 });
    expect(points).toHaveLength(41);
    expect(points.filter((point) => point.n > 0)).toHaveLength(2);
  });

  it("splits by platform, largest first, each series zero-filled", async () => {
    const result = await series({ campaignId: ALPHA, from: d("2025-03-29T00:00:00Z"), to: d("2025-04-01T00:00:00Z"), unit: "day", splitBy: "platform" });
    expect(result.series).toEqual([
      { key: "x", points: pts(["2025-03-29T00:00:00.000Z", 1], ["2025-03-30T00:00:00.000Z", 2], ["2025-03-31T00:00:00.000Z", 1]) },
      { key: "facebook", points: pts(["2025-03-29T00:00:00.000Z", 0], ["2025-03-30T00:00:00.000Z", 2], ["2025-03-31T00:00:00.000Z", 0]) },
      { key: "telegram", points: pts(["2025-03-29T00:00:00.000Z", 0], ["2025-03-30T00:00:00.000Z", 1], ["2025-03-31T00:00:00.000Z", 0]) },
    ]);
  });

  it("splits by campaign", async () => {
    const result = await series({ from: d("2025-06-01T00:00:00Z"), to: d("2025-06-03T00:00:00Z"), unit: "day", splitBy: "campaign" });
    expect(result.series).toEqual([
      { key: BETA, points: pts(["2025-06-01T00:00:00.000Z", 5], ["2025-06-02T00:00:00.000Z", 2]) },
      { key: ALPHA, points: pts(["2025-06-01T00:00:00.000Z", 1], ["2025-06-02T00:00:00.000Z", 0]) },
    ]);
  });

  it("answers an empty series for no matching posts", async () => {
    expect(await series({ campaignId: "no-such-campaign" })).toEqual({ unit: "day", from: null, to: null, series: [{ key: "all", points: [] }] });
    expect(await series({ campaignId: "no-such-campaign", splitBy: "platform" })).toMatchObject({ series: [] });
    const zeros = await series({ campaignId: "no-such-campaign", from: d("2025-06-01T00:00:00Z"), to: d("2025-06-03T00:00:00Z"), unit: "day" });
    expect(only(zeros)).toEqual(pts(["2025-06-01T00:00:00.000Z", 0], ["2025-06-02T00:00:00.000Z", 0]));
  });

  it("refuses a reversed range, too many buckets and anything not whitelisted", async () => {
    const prisma = ctx.prisma();
    await expect(getVolumeSeries(prisma, ctx.provider, { from: d("2025-06-02T00:00:00Z"), to: d("2025-06-01T00:00:00Z"), unit: "day" })).rejects.toThrow(
      ValidationError,
    );
    // alpha spans ~9 months: ~6,700 hours.
    await expect(getVolumeSeries(prisma, ctx.provider, { campaignId: ALPHA, unit: "hour" })).rejects.toThrow(TooManyBucketsError);
    await expect(getVolumeSeries(prisma, ctx.provider, { campaignId: ALPHA, unit: "day'); DROP TABLE \"Post\"; --" as never })).rejects.toThrow();
    await expect(getVolumeSeries(prisma, ctx.provider, { campaignId: ALPHA, unit: "day", splitBy: "text" as never })).rejects.toThrow();
    await expect(getVolumeSeries(prisma, ctx.provider, { campaignId: ALPHA, unit: "day", platform: "myspace" as never })).rejects.toThrow(ValidationError);
    // A hostile value is only ever a bound parameter: it matches nothing and breaks nothing.
    expect(await series({ campaignId: "x' OR '1'='1", language: "fr'; --", unit: "day" })).toMatchObject({ from: null });
    expect(await prisma.post.count()).toBe(POSTS.length);
  });

  it("finds a campaign's start, peak hour and first-24-hour share", async () => {
    const beta = await getBurstMarkers(ctx.prisma(), ctx.provider, BETA);
    // b1..b6 are within 24 h of b1; b7, at exactly +24 h, is not.
    expect(beta).toEqual({
      campaignId: BETA,
      totalPosts: 9,
      start: "2025-06-01T10:00:00.000Z",
      peakHour: { t: "2025-06-01T11:00:00.000Z", n: 3 },
      firstDayPosts: 6,
      firstDayShare: 6 / 9,
    });
    const alpha = await getBurstMarkers(ctx.prisma(), ctx.provider, ALPHA);
    // a1..a5 and a14 are within 24 h of a1. 00:00 and 01:00 on 2025-03-30 tie with 2 posts: the earlier wins.
    expect(alpha).toEqual({
      campaignId: ALPHA,
      totalPosts: 14,
      start: "2025-03-29T23:59:59.999Z",
      peakHour: { t: "2025-03-30T00:00:00.000Z", n: 2 },
      firstDayPosts: 6,
      firstDayShare: 6 / 14,
    });
    expect(await getBurstMarkers(ctx.prisma(), ctx.provider, "no-such-campaign")).toBeNull();
    results.push(alpha, beta);
  });

  // Europe/London springs forward at 01:00 UTC on 2025-03-30, so a4 and a5 have wall times
  // that do not exist there; Asia/Kathmandu is UTC+05:45, so its hours start at :15 UTC.
  // Any cast to timestamptz or local time would move these posts to other buckets.
  it.runIf(ctx.provider === "postgresql").each(["Europe/London", "Asia/Kathmandu"])(
    "gives the same buckets when the session time zone is %s",
    async (zone) => {
      // A second client whose sessions use the zone; ctx.prisma() stays on the server's UTC.
      const url = new URL(ctx.target().url);
      url.searchParams.set("options", `-c TimeZone=${zone}`);
      const prisma = createPrismaClient({ provider: "postgresql", url: url.toString() });
      try {
        const current = await prisma.$queryRaw<{ tz: string }[]>`SELECT current_setting('TimeZone') AS tz`;
        expect(current[0]!.tz).toBe(zone);
        const hour = await getVolumeSeries(prisma, "postgresql", { campaignId: ALPHA, from: d("2025-03-29T23:00:00Z"), to: d("2025-03-30T03:00:00Z"), unit: "hour" });
        expect(only(hour)).toEqual(
          pts(["2025-03-29T23:00:00.000Z", 1], ["2025-03-30T00:00:00.000Z", 2], ["2025-03-30T01:00:00.000Z", 2], ["2025-03-30T02:00:00.000Z", 0]),
        );
        for (const unit of ["day", "week"] as const) {
          const options = { campaignId: ALPHA, unit, splitBy: "platform" as const };
          expect(await getVolumeSeries(prisma, "postgresql", options)).toEqual(await getVolumeSeries(ctx.prisma(), "postgresql", options));
        }
        for (const campaign of [ALPHA, BETA]) {
          expect(await getBurstMarkers(prisma, "postgresql", campaign)).toEqual(await getBurstMarkers(ctx.prisma(), "postgresql", campaign));
        }
      } finally {
        await prisma.$disconnect();
      }
    },
  );
});

describe("volumeSeriesParamsSchema", () => {
  it("parses a query string's values and refuses what is not whitelisted", () => {
    expect(volumeSeriesParamsSchema.parse({ platform: "x", from: "2025-06-01", to: "2025-06-02T00:00:00Z", unit: "hour", splitBy: "campaign" })).toEqual({
      platform: "x",
      from: d("2025-06-01T00:00:00Z"),
      to: d("2025-06-02T00:00:00Z"),
      unit: "hour",
      splitBy: "campaign",
    });
    for (const bad of [{ unit: "month" }, { splitBy: "language" }, { platform: "myspace" }, { from: "not a date" }, { from: "2025-06-02", to: "2025-06-01" }]) {
      expect(volumeSeriesParamsSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe.runIf(testProviders.length > 1)("SQLite and PostgreSQL", () => {
  it("give identical volume series and burst markers for the same data", () => {
    const sqlite = resultsOn.get("sqlite");
    const postgres = resultsOn.get("postgresql");
    expect(sqlite?.length).toBeGreaterThan(10);
    expect(postgres).toEqual(sqlite);
  });
});
