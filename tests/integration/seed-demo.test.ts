import { expect, it } from "vitest";
import type { PrismaClient } from "../../lib/db/generated/sqlite/client.ts";
import { seedDemo, SEED_TABLES, seedIds, type SeedCounts, type SeedTable } from "../../lib/db/seed/seed-demo.ts";
import { CAMPAIGN_SLUGS, SEED_ARTICLE_FILES } from "../../lib/db/seed/demo-data.ts";
import { DOCTORED_POLICE_IMAGE_MEDIA_HASH } from "../../lib/db/seed/synthetic-posts.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

async function tableCounts(prisma: PrismaClient): Promise<SeedCounts> {
  const counters: Record<SeedTable, () => Promise<number>> = {
    investigatingBody: () => prisma.investigatingBody.count(),
    actor: () => prisma.actor.count(),
    target: () => prisma.target.count(),
    narrative: () => prisma.narrative.count(),
    network: () => prisma.network.count(),
    campaign: () => prisma.campaign.count(),
    campaignTarget: () => prisma.campaignTarget.count(),
    campaignNarrative: () => prisma.campaignNarrative.count(),
    campaignPlatform: () => prisma.campaignPlatform.count(),
    campaignNetwork: () => prisma.campaignNetwork.count(),
    source: () => prisma.source.count(),
    campaignSource: () => prisma.campaignSource.count(),
    event: () => prisma.event.count(),
    eventSource: () => prisma.eventSource.count(),
    attribution: () => prisma.attribution.count(),
    attributionSource: () => prisma.attributionSource.count(),
    attributionChange: () => prisma.attributionChange.count(),
    attributionChangeSource: () => prisma.attributionChangeSource.count(),
    claimResponse: () => prisma.claimResponse.count(),
    account: () => prisma.account.count(),
    networkAccount: () => prisma.networkAccount.count(),
    post: () => prisma.post.count(),
    campaignTechnique: () => prisma.campaignTechnique.count(),
  };
  const counts = {} as SeedCounts;
  for (const table of SEED_TABLES) counts[table] = await counters[table]();
  return counts;
}

const seedAudits = (prisma: PrismaClient) => prisma.auditLog.findMany({ where: { action: "seed.demo" }, orderBy: { at: "asc" } });

withTestDatabases((ctx) => {
  // Runs first, on the fresh database: a failure in the last table must undo all the others.
  it("leaves nothing behind when a write fails midway", async () => {
    const prisma = ctx.prisma();
    const failing = prisma.$extends({
      query: {
        post: {
          createMany() {
            throw new Error("injected failure while writing posts");
          },
        },
      },
    }) as unknown as PrismaClient;
    await expect(seedDemo(failing)).rejects.toThrow("injected failure while writing posts");
    const counts = await tableCounts(prisma);
    expect(Object.values(counts).every((count) => count === 0), JSON.stringify(counts)).toBe(true);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it("writes the whole dataset into a fresh database and audits the run", async () => {
    const prisma = ctx.prisma();
    const summary = await seedDemo(prisma);
    expect(summary.changed).toBe(true);
    expect(summary.created).toEqual(summary.rows);
    expect(await tableCounts(prisma)).toEqual(summary.rows);
    expect(summary.rows.campaign).toBeGreaterThanOrEqual(3);
    expect(summary.rows.post).toBeGreaterThan(5_000);

    const audits = await seedAudits(prisma);
    expect(audits).toHaveLength(1);
    const [audit] = audits;
    expect(audit).toMatchObject({ id: summary.auditLogId, userId: null, entityType: "database", entityId: null });
    expect(JSON.parse(audit!.after ?? "null")).toMatchObject({ created: summary.created, rows: summary.rows });
    expect(await prisma.user.count()).toBe(0);
  });

  it("changes nothing on a second run: same counts, no new audit entry", async () => {
    const prisma = ctx.prisma();
    await seedDemo(prisma);
    const before = await tableCounts(prisma);
    const auditsBefore = await prisma.auditLog.count();

    const again = await seedDemo(prisma);
    expect(again.changed).toBe(false);
    expect(again.auditLogId).toBeNull();
    expect(Object.values(again.created).every((count) => count === 0)).toBe(true);
    expect(await tableCounts(prisma)).toEqual(before);
    expect(await prisma.auditLog.count()).toBe(auditsBefore);
  });

  it("cites the seed articles on every campaign, event and claim, with one history entry per claim", async () => {
    const prisma = ctx.prisma();
    await seedDemo(prisma);
    const articleCopies = Object.values(SEED_ARTICLE_FILES).map((file) => `shared/seeds/${file}`);
    const archived = new Set((await prisma.source.findMany({ select: { archivedCopy: true } })).map((source) => source.archivedCopy));
    for (const copy of articleCopies) expect(archived.has(copy), copy).toBe(true);

    const uncitedCampaigns = await prisma.campaign.findMany({ where: { sources: { none: {} } }, select: { slug: true } });
    expect(uncitedCampaigns).toEqual([]);
    const uncitedEvents = await prisma.event.findMany({ where: { sources: { none: {} } }, select: { title: true } });
    expect(uncitedEvents).toEqual([]);

    const claims = await prisma.attribution.findMany({ include: { sources: true, history: { include: { sources: true } } } });
    for (const claim of claims) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      expect(claim.history, claim.id).toHaveLength(1);
      const [first] = claim.history;
      expect(first).toMatchObject({ version: 1, fromStatus: null, fromConfidence: null, toStatus: claim.status, toConfidence: claim.confidence });
      expect(first!.sources.map((link) => link.sourceId).sort()).toEqual(claim.sources.map((link) => link.sourceId).sort());
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(100);
    }
  });

  it("keeps the articles' hedges in statuses, confidences and denials", async () => {
    const prisma = ctx.prisma();
    await seedDemo(prisma);
    const claim = (key: string) =>
      prisma.attribution.findUniqueOrThrow({
        where: { id: seedIds.attribution(key) },
        include: { actor: true, responses: { include: { actor: true } } },
      });

    // Viginum names "actors linked to Azerbaijan", not the state; Azerbaijan's denial is on record.
    const viginum = await claim("olympics-boycott-viginum-azerbaijan-linked-actors");
    expect(viginum.actor.slug).toBe("azerbaijan-linked-actors");
    expect(viginum.actor.parentId).toBeNull();
    expect(viginum.status).toBe("assessed");
    expect(viginum.responses.map((response) => response.stance)).toEqual(["strongly_disagree"]);
    const state = await claim("olympics-boycott-le-monde-azerbaijan-state");
    expect(state.status).toBe("suspected");
    expect(state.confidence).toBeLessThan(viginum.confidence);
    expect(state.rationale).toContain("a direct link with a state department in Baku could not be established");

    // A minister's assertion, denied and unsettled: disputed, and not carried at his certainty.
    const darmanin = await claim("unrest-darmanin-azerbaijan");
    expect(darmanin.status).toBe("disputed");
    expect(darmanin.confidence).toBeLessThan(50);
    const spokespeople = darmanin.responses.filter((response) => response.actor.slug === "azerbaijan-ministry-of-foreign-affairs");
    expect(spokespeople.map((response) => response.spokesperson).sort()).toEqual(["Ayhan Hajizadeh", "Aykhan Hajizada", "Aykhan Hajizadeh"]);

    // Russia, Turkey and China are only alleged or speculated about.
    const outsiders = await prisma.attribution.findMany({ where: { actor: { slug: { in: ["russia", "turkey", "china"] } } }, include: { actor: true } });
    expect(outsiders.length).toBeGreaterThanOrEqual(5);
    for (const outsider of outsiders) {
      expect(["suspected", "disputed"]).toContain(outsider.status);
      expect(outsider.confidence).toBeLessThanOrEqual(20);
    }
    const china = outsiders.filter((outsider) => outsider.actor.slug === "china");
    expect(china.every((outsider) => outsider.confidence <= 5)).toBe(true);

    // Only the group's authorship of its own public output is confirmed.
    const confirmed = await prisma.attribution.findMany({ where: { status: "confirmed" }, include: { actor: true } });
    expect(confirmed.map((row) => row.actor.slug)).toEqual(["baku-initiative-group"]);
  });

  it("stores the doctored-image posts as one synthetic montage from the pro-Azerbaijan network", async () => {
    const prisma = ctx.prisma();
    await seedDemo(prisma);
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { slug: CAMPAIGN_SLUGS.doctoredPoliceImage } });
    const posts = await prisma.post.count({ where: { campaignId: campaign.id } });
    expect(posts).toBeGreaterThanOrEqual(3_900);
    expect(posts).toBeLessThanOrEqual(4_100);
    expect(await prisma.post.count({ where: { campaignId: campaign.id, mediaHash: DOCTORED_POLICE_IMAGE_MEDIA_HASH, doctoredMedia: true } })).toBe(posts);
    const inBurst = await prisma.post.count({
      where: { campaignId: campaign.id, postedAt: { gte: new Date("2024-05-15T00:00:00Z"), lt: new Date("2024-05-17T00:00:00Z") } },
    });
    expect(inBurst / posts).toBeGreaterThan(0.8);
    expect(await prisma.post.count({ where: { synthetic: false } })).toBe(0);
    expect(await prisma.account.count({ where: { synthetic: false } })).toBe(0);
    expect(await prisma.account.count({ where: { networks: { none: {} } } })).toBe(0);
  });

  // Last: it edits seeded records.
  it("restores deleted demo rows without overwriting what analysts changed", async () => {
    const prisma = ctx.prisma();
    await seedDemo(prisma);
    const campaignId = seedIds.campaign(CAMPAIGN_SLUGS.bakuInitiativeGroup);
    await prisma.campaign.update({ where: { id: campaignId }, data: { status: "dormant" } });
    const victim = await prisma.post.findFirstOrThrow({ where: { campaignId }, orderBy: { postedAt: "asc" } });
    await prisma.post.delete({ where: { id: victim.id } });
    const auditsBefore = await prisma.auditLog.count();

    const summary = await seedDemo(prisma);
    expect(summary.changed).toBe(true);
    expect(Object.entries(summary.created).filter(([, count]) => count > 0)).toEqual([["post", 1]]);
    expect(await prisma.post.findUnique({ where: { id: victim.id } })).toMatchObject({ platformPostId: victim.platformPostId });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status).toBe("dormant");
    expect(await prisma.auditLog.count()).toBe(auditsBefore + 1);
  });
});
