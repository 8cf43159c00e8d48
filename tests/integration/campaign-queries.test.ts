import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/db/seed/seed-demo.ts";
import { listCampaigns, type CampaignSummary } from "@/lib/campaigns/list-campaigns.ts";
import { getCampaign, getCampaignPostStats } from "@/lib/campaigns/get-campaign.ts";
import { getTopAccounts } from "@/lib/accounts/top-accounts.ts";
import { listCampaignPosts } from "@/lib/posts/list-campaign-posts.ts";
import { testProviders, withTestDatabases } from "../helpers/test-databases.ts";

// Results per provider, compared at the end: the same data must give the same answers.
const listedOn = new Map<string, CampaignSummary[]>();

withTestDatabases((ctx) => {
  beforeAll(async () => {
    await seedDemo(ctx.prisma());
  });

  it("lists every campaign with post counts, spans and platforms that match the posts", async () => {
    const prisma = ctx.prisma();
    const campaigns = await listCampaigns(prisma);
    expect(campaigns.length).toBe(await prisma.campaign.count());
    expect(campaigns.length).toBeGreaterThanOrEqual(3);
    for (const campaign of campaigns) {
      const where = { campaign: { slug: campaign.slug } };
      expect(campaign.postCount).toBe(await prisma.post.count({ where }));
      expect(campaign.syntheticPostCount).toBe(await prisma.post.count({ where: { ...where, synthetic: true } }));
      expect(campaign.platforms.reduce((sum, row) => sum + row.posts, 0)).toBe(campaign.postCount);
      const first = await prisma.post.findFirst({ where, orderBy: { postedAt: "asc" }, select: { postedAt: true } });
      expect(campaign.firstPostAt?.toISOString()).toBe(first?.postedAt.toISOString());
      expect(campaign.claimCount).toBe(await prisma.attribution.count({ where }));
    }
    listedOn.set(ctx.provider, campaigns);
  });

  it("loads a campaign with its claims, sources, history, events, top accounts and a page of posts", async () => {
    const prisma = ctx.prisma();
    const busiest = (await listCampaigns(prisma)).sort((a, b) => b.postCount - a.postCount)[0]!;
    const campaign = await getCampaign(prisma, busiest.slug);
    expect(campaign).not.toBeNull();
    for (const claim of campaign!.attributions) {
      expect(claim.sources.length).toBeGreaterThan(0);
      expect(claim.history.length).toBeGreaterThan(0);
      expect(claim.history.at(-1)!.toStatus).toBe(claim.status);
    }
    const stats = await getCampaignPostStats(prisma, campaign!.id);
    expect(stats.total).toBe(busiest.postCount);

    const accounts = await getTopAccounts(prisma, campaign!.id, 5);
    expect(accounts.top.length).toBe(Math.min(5, accounts.distinctAccounts));
    const counts = accounts.top.map((row) => row.posts);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const topAccountPosts = await prisma.post.count({ where: { campaignId: campaign!.id, accountId: accounts.top[0]!.account.id } });
    expect(accounts.top[0]!.posts).toBe(topAccountPosts);

    const page1 = await listCampaignPosts(prisma, campaign!.id, 1, 20);
    const page2 = await listCampaignPosts(prisma, campaign!.id, 2, 20);
    expect(page1.posts).toHaveLength(Math.min(20, stats.total));
    expect(page1.posts[0]!.postedAt.getTime()).toBeGreaterThanOrEqual(page1.posts.at(-1)!.postedAt.getTime());
    const ids = new Set(page1.posts.map((post) => post.id));
    expect(page2.posts.some((post) => ids.has(post.id))).toBe(false);
  });

  it("answers null for an unknown campaign", async () => {
    expect(await getCampaign(ctx.prisma(), "no-such-campaign")).toBeNull();
  });
});

describe.runIf(testProviders.length > 1)("SQLite and PostgreSQL", () => {
  it("give identical campaign summaries for the same data", () => {
    expect(listedOn.get("postgresql")).toEqual(listedOn.get("sqlite"));
  });
});
