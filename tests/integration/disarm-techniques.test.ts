import { beforeAll, expect, it } from "vitest";
import { seedDemo, seedIds } from "@/lib/db/seed/seed-demo.ts";
import { CAMPAIGN_SLUGS } from "@/lib/db/seed/demo-data.ts";
import { DEMO_TECHNIQUE_TAGS } from "@/lib/db/seed/demo-techniques.ts";
import type { Principal } from "@/lib/auth/permissions.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors.ts";
import { tagCampaignTechnique, tagPostTechnique, untagCampaignTechnique, untagPostTechnique } from "@/lib/disarm/tag-techniques.ts";
import { campaignIdsUsingTechnique, getTechniqueUsage, listCampaignTechniques, listTechniqueIds, listTechniqueOptions } from "@/lib/disarm/technique-queries.ts";
import { getOverview, getOverviewVolume } from "@/lib/dashboard/get-overview.ts";
import { readOverviewFilters } from "@/lib/dashboard/overview-filters.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const doctoredId = seedIds.campaign(CAMPAIGN_SLUGS.doctoredPoliceImage);
const bakuId = seedIds.campaign(CAMPAIGN_SLUGS.bakuInitiativeGroup);

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

withTestDatabases((ctx) => {
  let analyst: Principal;
  let viewer: Principal;

  beforeAll(async () => {
    const prisma = ctx.prisma();
    await seedDemo(prisma);
    const a = await prisma.user.create({ data: { email: "analyst@disarm.test", name: "Ana Lyst", role: "analyst" } });
    const v = await prisma.user.create({ data: { email: "viewer@disarm.test", name: "Vi Ewer", role: "viewer" } });
    analyst = { userId: a.id, role: "analyst" };
    viewer = { userId: v.id, role: "viewer" };
  }, 60_000);

  it("seeds the techniques the articles describe, each with a note citing its article", async () => {
    const prisma = ctx.prisma();
    expect(await prisma.campaignTechnique.count()).toBe(DEMO_TECHNIQUE_TAGS.length);
    const notes = await prisma.campaignTechnique.findMany({ select: { note: true } });
    for (const { note } of notes) expect(note).toMatch(/\d{3}_[0-9a-f]{16}\.txt/);

    const groups = await listCampaignTechniques(prisma, doctoredId);
    const develop = groups.find((group) => group.tactic.externalId === "TA06");
    expect(develop?.tactic.name).toBe("Develop Content");
    const cheapFakes = develop?.techniques.find((technique) => technique.externalId === "T0086.003");
    expect(cheapFakes).toMatchObject({
      name: "Deceptively Edit Images (Cheap Fakes)",
      isSubtechnique: true,
      parent: { externalId: "T0086", name: "Develop Image-Based Content" },
      url: "https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/T0086.003.md",
    });
    expect(cheapFakes?.note).toContain("doctored by combining two separate photos");
    const flood = groups.flatMap((group) => group.techniques).find((technique) => technique.externalId === "T0049");
    expect(flood?.note).toContain("4,000 publications");
  });

  it("lists a campaign's techniques by tactic in the matrix's order, then by technique id", async () => {
    const prisma = ctx.prisma();
    const positions = new Map((await prisma.tactic.findMany()).map((tactic) => [tactic.externalId, tactic.position]));
    const groups = await listCampaignTechniques(prisma, bakuId);
    expect(groups.length).toBeGreaterThan(1);
    const order = groups.map((group) => positions.get(group.tactic.externalId)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(groups.map((group) => group.tactic.externalId)).size).toBe(groups.length);
    for (const group of groups) {
      const ids = group.techniques.map((technique) => technique.externalId);
      expect(ids).toEqual([...ids].sort());
    }
    // TA15 Establish Assets comes before TA10 Drive Offline Activity in DISARM's matrix.
    const codes = groups.map((group) => group.tactic.externalId);
    expect(codes.indexOf("TA15")).toBeLessThan(codes.indexOf("TA10"));

    const options = await listTechniqueOptions(prisma);
    expect(options).toHaveLength(16);
    expect(options.reduce((sum, group) => sum + group.techniques.length, 0)).toBe(391);
    expect((await listTechniqueIds(prisma))).toHaveLength(391);
  });

  it("tags a campaign with a technique and a note, audited; refuses duplicates", async () => {
    const prisma = ctx.prisma();
    const result = await tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: " t0002 ", note: "  Amplifies the state's line.  " });
    expect(result).toMatchObject({ campaignSlug: CAMPAIGN_SLUGS.doctoredPoliceImage, technique: { externalId: "T0002", name: "Facilitate State Propaganda" } });
    const tag = await prisma.campaignTechnique.findFirstOrThrow({ where: { campaignId: doctoredId, technique: { externalId: "T0002" } } });
    expect(tag).toMatchObject({ note: "Amplifies the state's line.", addedById: analyst.userId });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "campaign.tag-technique" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ userId: analyst.userId, entityType: "campaign", entityId: doctoredId });
    expect(JSON.parse(audit.after!)).toMatchObject({ technique: "T0002", note: "Amplifies the state's line." });

    const duplicate = await caught(tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T0002" }));
    expect(duplicate).toBeInstanceOf(ValidationError);
    expect((duplicate as ValidationError).fieldErrors.technique?.[0]).toContain("already tagged");
  });

  it("refuses unknown or malformed technique ids as field errors, a missing campaign, and a viewer — writing nothing", async () => {
    const prisma = ctx.prisma();
    const tagsBefore = await prisma.campaignTechnique.count();
    const auditsBefore = await prisma.auditLog.count();

    const unknown = await caught(tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T9999" }));
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((unknown as ValidationError).fieldErrors.technique).toEqual(["T9999 is not a DISARM technique"]);

    const malformed = await caught(tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "flood" }));
    expect(malformed).toBeInstanceOf(ValidationError);
    expect((malformed as ValidationError).fieldErrors.technique?.[0]).toMatch(/Not a DISARM technique id/);

    const missing = await caught(tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: null }));
    expect((missing as ValidationError).fieldErrors.technique).toEqual(["Choose a technique"]);

    const tooLong = await caught(tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T0003", note: "x".repeat(2001) }));
    expect((tooLong as ValidationError).fieldErrors.note?.[0]).toMatch(/at most 2,000/);

    expect(await caught(tagCampaignTechnique(prisma, analyst, { campaignId: "no-such-campaign", technique: "T0003" }))).toBeInstanceOf(NotFoundError);
    expect(await caught(tagCampaignTechnique(prisma, viewer, { campaignId: doctoredId, technique: "T0003" }))).toBeInstanceOf(ForbiddenError);
    expect(await caught(untagCampaignTechnique(prisma, viewer, { campaignId: doctoredId, technique: "T0086.003" }))).toBeInstanceOf(ForbiddenError);

    expect(await prisma.campaignTechnique.count()).toBe(tagsBefore);
    expect(await prisma.auditLog.count()).toBe(auditsBefore);
  });

  it("removes a tag, audited with what was removed; removing it again is not found", async () => {
    const prisma = ctx.prisma();
    await untagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T0002" });
    expect(await prisma.campaignTechnique.count({ where: { campaignId: doctoredId, technique: { externalId: "T0002" } } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "campaign.untag-technique" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ technique: "T0002", note: "Amplifies the state's line.", addedById: analyst.userId });
    expect(await caught(untagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T0002" }))).toBeInstanceOf(NotFoundError);
  });

  it("tags and untags a post, audited", async () => {
    const prisma = ctx.prisma();
    const post = await prisma.post.findFirstOrThrow({ where: { campaignId: doctoredId }, orderBy: { id: "asc" } });
    await tagPostTechnique(prisma, analyst, { postId: post.id, technique: "T0086.003" });
    expect(await prisma.postTechnique.count({ where: { postId: post.id } })).toBe(1);
    expect(await caught(tagPostTechnique(prisma, analyst, { postId: post.id, technique: "T0086.003" }))).toBeInstanceOf(ValidationError);
    expect(await caught(tagPostTechnique(prisma, viewer, { postId: post.id, technique: "T0049" }))).toBeInstanceOf(ForbiddenError);
    await untagPostTechnique(prisma, analyst, { postId: post.id, technique: "T0086.003" });
    expect(await prisma.postTechnique.count({ where: { postId: post.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: "post", entityId: post.id, action: { in: ["post.tag-technique", "post.untag-technique"] } } })).toBe(2);
  });

  it("counts campaigns per technique in SQL, a parent counting its sub-techniques' campaigns", async () => {
    const prisma = ctx.prisma();
    const usage = await getTechniqueUsage(prisma);
    const count = (id: string) => usage.find((row) => row.externalId === id)?.campaigns;
    expect(count("T0086.003")).toBe(1);
    expect(count("T0086")).toBe(1);
    expect(count("T0049")).toBe(1);
    expect(count("T0086.001")).toBeUndefined();
    // T0139 is only used through its sub-technique T0139.001 (the Olympics boycott).
    expect(count("T0139")).toBe(1);

    // Two campaigns under one parent count twice; the same campaign through two children once.
    await tagCampaignTechnique(prisma, analyst, { campaignId: bakuId, technique: "T0086" });
    await tagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T0086.001" });
    const after = await getTechniqueUsage(prisma);
    expect(after.find((row) => row.externalId === "T0086")?.campaigns).toBe(2);
    expect(after.find((row) => row.externalId === "T0086.001")?.campaigns).toBe(1);
    expect((await campaignIdsUsingTechnique(prisma, "T0086")).sort()).toEqual([bakuId, doctoredId].sort());
    expect(await campaignIdsUsingTechnique(prisma, "T0086.003")).toEqual([doctoredId]);
    await untagCampaignTechnique(prisma, analyst, { campaignId: bakuId, technique: "T0086" });
    await untagCampaignTechnique(prisma, analyst, { campaignId: doctoredId, technique: "T0086.001" });
  });

  it("filters the overview to campaigns using a technique or its sub-techniques", async () => {
    const prisma = ctx.prisma();
    const known = { techniques: await listTechniqueIds(prisma) };
    const doctoredPosts = await prisma.post.count({ where: { campaignId: doctoredId } });

    for (const technique of ["T0086.003", "T0086"]) {
      const { filters, ignored } = readOverviewFilters({ technique }, known);
      expect(ignored).toEqual([]);
      const overview = await getOverview(prisma, ctx.provider, filters);
      expect(overview.techniqueCampaignSlugs).toEqual([CAMPAIGN_SLUGS.doctoredPoliceImage]);
      expect(overview.tiles.postsTracked).toBe(doctoredPosts);
      expect(overview.claims.length).toBeGreaterThan(0);
      expect(overview.claims.every((claim) => claim.campaign?.slug === CAMPAIGN_SLUGS.doctoredPoliceImage)).toBe(true);
      const volume = await getOverviewVolume(prisma, ctx.provider, filters);
      expect(volume.series.map((series) => series.key)).toEqual([doctoredId]);
      expect(volume.series.flatMap((series) => series.points).reduce((sum, point) => sum + point.n, 0)).toBe(doctoredPosts);
    }

    // A technique no campaign uses matches nothing; combined with another campaign, nothing either.
    const unused = await getOverview(prisma, ctx.provider, readOverviewFilters({ technique: "T0086.001" }, known).filters);
    expect(unused.techniqueCampaignSlugs).toEqual([]);
    expect(unused.tiles.postsTracked).toBe(0);
    expect(unused.claims).toEqual([]);
    const crossed = await getOverview(prisma, ctx.provider, readOverviewFilters({ technique: "T0086.003", campaign: CAMPAIGN_SLUGS.bakuInitiativeGroup }, known).filters);
    expect(crossed.tiles.postsTracked).toBe(0);

    // Options carry the usage counts.
    expect(unused.options.techniques.find((row) => row.externalId === "T0086.003")).toMatchObject({ campaigns: 1, tactic: "TA06" });

    // An id DISARM does not define is ignored, and the rest of the overview is unfiltered.
    const { filters, ignored } = readOverviewFilters({ technique: "T0999" }, known);
    expect(ignored).toEqual(["technique"]);
    const all = await getOverview(prisma, ctx.provider, filters);
    expect(all.techniqueCampaignSlugs).toBeNull();
    expect(all.tiles.postsTracked).toBe(await prisma.post.count());
  });
});
