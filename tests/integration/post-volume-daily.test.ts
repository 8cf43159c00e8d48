import { beforeAll, expect, it } from "vitest";
import { withTestDatabases } from "../helpers/test-databases.ts";

// The PostVolumeDaily rollup is kept by triggers written into the migration: after every
// kind of write it must equal a GROUP BY over "Post" (campaign, platform, language or "",
// UTC day), and read back through Prisma as UTC midnights.
withTestDatabases((ctx) => {
  type Key = string;
  const rollup = async () => {
    const rows = await ctx.prisma().postVolumeDaily.findMany();
    return new Map<Key, [number, number]>(
      rows.map((row) => [`${row.campaignId}|${row.platform}|${row.language}|${row.day.toISOString()}`, [row.posts, row.syntheticPosts]]),
    );
  };
  const expected = async () => {
    const posts = await ctx.prisma().post.findMany({ select: { campaignId: true, platform: true, language: true, postedAt: true, synthetic: true } });
    const out = new Map<Key, [number, number]>();
    for (const post of posts) {
      const day = new Date(Date.UTC(post.postedAt.getUTCFullYear(), post.postedAt.getUTCMonth(), post.postedAt.getUTCDate())).toISOString();
      const key = `${post.campaignId}|${post.platform}|${post.language ?? ""}|${day}`;
      const [n, s] = out.get(key) ?? [0, 0];
      out.set(key, [n + 1, s + (post.synthetic ? 1 : 0)]);
    }
    return out;
  };
  const sorted = (map: Map<Key, [number, number]>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  beforeAll(async () => {
    await ctx.prisma().campaign.createMany({
      data: [
        { id: "rollup-a", slug: "rollup-a", name: "Rollup A", summary: "a" },
        { id: "rollup-b", slug: "rollup-b", name: "Rollup B", summary: "b" },
      ],
    });
  });

  it("equals a GROUP BY over posts after inserts, updates, deletes and a cascade", async () => {
    const prisma = ctx.prisma();
    const post = (i: number, campaignId: string, platform: "x" | "facebook" | "telegram", language: string | null, postedAt: string, synthetic = false) => ({
      id: `rollup-post-${i}`,
      campaignId,
      platform,
      platformPostId: `rollup-${i}`,
      text: `post ${i}`,
      language,
      postedAt: new Date(postedAt),
      synthetic,
    });
    await prisma.post.createMany({
      data: [
        post(1, "rollup-a", "x", "fr", "2025-03-29T23:59:59.999Z"),
        post(2, "rollup-a", "x", "fr", "2025-03-30T00:00:00.000Z", true),
        post(3, "rollup-a", "x", "fr", "2025-03-30T23:59:59.999Z"),
        post(4, "rollup-a", "x", null, "2025-03-30T12:00:00.000Z", true),
        post(5, "rollup-a", "facebook", "en", "2025-12-31T23:59:59.999Z"),
        post(6, "rollup-b", "telegram", "ru", "2025-06-01T10:00:00.000Z", true),
        post(7, "rollup-b", "telegram", "ru", "2025-06-01T11:00:00.000Z"),
        post(8, "rollup-b", "x", null, "2026-01-01T00:00:00.000Z"),
      ],
    });
    expect(sorted(await rollup())).toEqual(sorted(await expected()));
    const first = await prisma.postVolumeDaily.findUnique({
      where: { campaignId_platform_language_day: { campaignId: "rollup-a", platform: "x", language: "fr", day: new Date("2025-03-30T00:00:00.000Z") } },
    });
    expect(first).toMatchObject({ posts: 2, syntheticPosts: 1 });
    // Day filters compare as Prisma compares any DateTime.
    expect(await prisma.postVolumeDaily.count({ where: { day: { gte: new Date("2025-03-30T00:00:00Z"), lt: new Date("2025-03-31T00:00:00Z") } } })).toBe(2);

    await prisma.post.update({ where: { id: "rollup-post-1" }, data: { postedAt: new Date("2025-04-02T08:00:00Z") } });
    await prisma.post.update({ where: { id: "rollup-post-4" }, data: { language: "fr", synthetic: false } });
    await prisma.post.update({ where: { id: "rollup-post-7" }, data: { campaignId: "rollup-a", platform: "x" } });
    await prisma.post.update({ where: { id: "rollup-post-3" }, data: { likeCount: 5 } });
    await prisma.post.updateMany({ where: { campaignId: "rollup-b" }, data: { synthetic: true } });
    expect(sorted(await rollup())).toEqual(sorted(await expected()));

    await prisma.post.delete({ where: { id: "rollup-post-2" } });
    await prisma.post.deleteMany({ where: { language: "en" } });
    expect(sorted(await rollup())).toEqual(sorted(await expected()));

    await prisma.campaign.delete({ where: { id: "rollup-a" } });
    expect(await prisma.post.count({ where: { campaignId: "rollup-a" } })).toBe(0);
    expect(sorted(await rollup())).toEqual(sorted(await expected()));
    expect(await prisma.postVolumeDaily.count({ where: { campaignId: "rollup-a" } })).toBe(0);
    // No row is left at zero.
    expect(await prisma.postVolumeDaily.count({ where: { posts: { lte: 0 } } })).toBe(0);
  });
});
