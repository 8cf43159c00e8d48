import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/db/seed/seed-demo.ts";
import { listCampaigns, type CampaignSummary } from "@/lib/campaigns/list-campaigns.ts";
import { getCampaign, getCampaignPostStats } from "@/lib/campaigns/get-campaign.ts";
import { getTopAccounts } from "@/lib/accounts/top-accounts.ts";
import { searchCampaignPosts } from "@/lib/posts/search-campaign-posts.ts";
import { getTopNetworks } from "@/lib/networks/top-networks.ts";
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
    const posting = await prisma.post.groupBy({ by: ["accountId"], where: { campaignId: campaign!.id, accountId: { not: null } } });
    expect(accounts.distinctAccounts).toBe(posting.length);
    expect(accounts.top.length).toBe(Math.min(5, accounts.distinctAccounts));
    const counts = accounts.top.map((row) => row.posts);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const topAccountPosts = await prisma.post.count({ where: { campaignId: campaign!.id, accountId: accounts.top[0]!.account.id } });
    expect(accounts.top[0]!.posts).toBe(topAccountPosts);

    const page1 = await searchCampaignPosts(prisma, campaign!.id, undefined, 1, 20);
    const page2 = await searchCampaignPosts(prisma, campaign!.id, undefined, 2, 20);
    expect(page1.total).toBe(stats.total);
    expect(page1.posts).toHaveLength(Math.min(20, stats.total));
    expect(page1.posts[0]!.postedAt.getTime()).toBeGreaterThanOrEqual(page1.posts.at(-1)!.postedAt.getTime());
    const ids = new Set(page1.posts.map((post) => post.id));
    expect(page2.posts.some((post) => ids.has(post.id))).toBe(false);
  });

  it("searches post text case-insensitively, treating LIKE wildcards literally", async () => {
    const prisma = ctx.prisma();
    const campaign = await prisma.campaign.create({ data: { slug: `search-${ctx.provider}`, name: "Search", summary: "…" } });
    const texts = ["La police française", "LA POLICE FRANÇAISE est meurtrière", "100% fake", "1000 fake", "under_score", "underXscore"];
    await prisma.post.createMany({
      data: texts.map((text, index) => ({ campaignId: campaign.id, platform: "x" as const, platformPostId: `search-${ctx.provider}-${index}`, text, postedAt: new Date(Date.UTC(2024, 4, 15, index)) })),
    });
    const texts_of = async (query: string) => (await searchCampaignPosts(prisma, campaign.id, query, 1)).posts.map((post) => post.text);
    expect(await texts_of("la police")).toEqual(["LA POLICE FRANÇAISE est meurtrière", "La police française"]);
    expect(await texts_of("100%")).toEqual(["100% fake"]);
    expect(await texts_of("under_score")).toEqual(["under_score"]);
    expect((await searchCampaignPosts(prisma, campaign.id, "nothing like this", 1)).total).toBe(0);
  });

  it("ranks networks by their accounts' posts in a campaign", async () => {
    const prisma = ctx.prisma();
    const busiest = (await listCampaigns(prisma)).sort((a, b) => b.postCount - a.postCount)[0]!;
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { slug: busiest.slug } });
    const networks = await getTopNetworks(prisma, campaign.id);
    expect(networks.length).toBeGreaterThan(0);
    for (const network of networks) {
      const expected = await prisma.post.count({ where: { campaignId: campaign.id, account: { networks: { some: { networkId: network.id } } } } });
      expect(network.posts).toBe(expected);
      const members = await prisma.post.groupBy({
        by: ["accountId"],
        where: { campaignId: campaign.id, account: { networks: { some: { networkId: network.id } } } },
      });
      expect(network.accounts).toBe(members.length);
    }
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
