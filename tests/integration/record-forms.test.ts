import { beforeAll, describe, expect, it } from "vitest";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign.ts";
import { createActor, updateActor } from "@/lib/actors/save-actor.ts";
import { createBody, updateBody } from "@/lib/bodies/save-body.ts";
import { createSource, updateSource } from "@/lib/sources/save-source.ts";
import { proposeAttributionClaim } from "@/lib/attribution/propose-claim.ts";
import { changeAttributionStatus } from "@/lib/attribution/change-status.ts";
import { createPost } from "@/lib/posts/save-post.ts";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors.ts";
import type { Principal } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

type Role = "viewer" | "analyst" | "editor";

let run = 0;
const tag = () => `r${++run}`;

async function makeUsers(prisma: PrismaClient): Promise<Record<Role, Principal>> {
  const suffix = tag();
  const entries = await Promise.all(
    (["viewer", "analyst", "editor"] as const).map(async (role) => {
      const user = await prisma.user.create({ data: { email: `${role}-${suffix}@example.test`, name: role, role } });
      return [role, { userId: user.id, role } satisfies Principal] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, Principal>;
}

/** The field errors a refused save carried (fails the test if it was not a ValidationError). */
async function fieldErrors(attempt: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

async function auditCount(prisma: PrismaClient, entityType?: string) {
  return prisma.auditLog.count({ where: entityType ? { entityType } : {} });
}

withTestDatabases((ctx) => {
  let users: Record<Role, Principal>;
  beforeAll(async () => {
    users = await makeUsers(ctx.prisma());
  });

  describe("campaigns", () => {
    const input = (slug: string) => ({
      name: "Olympics boycott",
      slug,
      summary: "Calls to boycott the Paris 2024 Olympics.",
      status: "active",
      firstSeenAt: "2023-07-01",
      lastSeenAt: "2024-08-11",
      platforms: ["x", "facebook"],
      targetIds: [],
      newTargets: "France | country\nParis 2024 Olympic Games | event",
      narrativeIds: [],
      newNarratives: "The Paris 2024 Olympic Games should be boycotted",
    });

    it("creates a campaign with its links and one audit entry", async () => {
      const slug = `olympics-${tag()}`;
      const before = await auditCount(ctx.prisma());
      const created = await createCampaign(ctx.prisma(), users.analyst, input(slug));
      const stored = await ctx.prisma().campaign.findUniqueOrThrow({
        where: { slug },
        include: { targets: { include: { target: true } }, narratives: { include: { narrative: true } }, platforms: true },
      });
      expect(stored).toMatchObject({ id: created.id, name: "Olympics boycott", status: "active" });
      expect(stored.firstSeenAt?.toISOString()).toBe("2023-07-01T00:00:00.000Z");
      expect(stored.targets.map((t) => `${t.target.name}/${t.target.kind}`).sort()).toEqual(["France/country", "Paris 2024 Olympic Games/event"]);
      expect(stored.narratives.map((n) => n.narrative.slug)).toEqual(["the-paris-2024-olympic-games-should-be-boycotted"]);
      expect(stored.platforms.map((p) => p.platform).sort()).toEqual(["facebook", "x"]);
      expect(await auditCount(ctx.prisma())).toBe(before + 1);
      const audit = await ctx.prisma().auditLog.findFirstOrThrow({ where: { entityId: created.id } });
      expect(audit).toMatchObject({ action: "campaign.create", entityType: "campaign", userId: users.analyst.userId, before: null });
      expect(JSON.parse(audit.after!)).toMatchObject({ slug, platforms: ["facebook", "x"] });
    });

    it("reuses existing targets and narratives instead of duplicating them", async () => {
      await createCampaign(ctx.prisma(), users.analyst, input(`again-${tag()}`));
      expect(await ctx.prisma().target.count({ where: { name: "France" } })).toBe(1);
      expect(await ctx.prisma().narrative.count({ where: { statement: "The Paris 2024 Olympic Games should be boycotted" } })).toBe(1);
    });

    it("edits a campaign, recording before and after; a stale form gets a conflict", async () => {
      const slug = `edit-${tag()}`;
      const created = await createCampaign(ctx.prisma(), users.analyst, input(slug));
      const stored = await ctx.prisma().campaign.findUniqueOrThrow({ where: { id: created.id } });
      const saved = await updateCampaign(ctx.prisma(), users.analyst, {
        ...input(`${slug}-renamed`),
        id: created.id,
        expectedUpdatedAt: stored.updatedAt.toISOString(),
        name: "Renamed",
        status: "dormant",
        platforms: ["telegram"],
        newTargets: "",
        newNarratives: "",
      });
      expect(saved).toMatchObject({ slug: `${slug}-renamed`, previousSlug: slug });
      const after = await ctx.prisma().campaign.findUniqueOrThrow({ where: { id: created.id }, include: { platforms: true, targets: true } });
      expect(after).toMatchObject({ name: "Renamed", status: "dormant", slug: `${slug}-renamed` });
      expect(after.platforms.map((p) => p.platform)).toEqual(["telegram"]);
      expect(after.targets).toEqual([]);
      const audit = await ctx.prisma().auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "campaign.update" } });
      expect(JSON.parse(audit.before!)).toMatchObject({ name: "Olympics boycott", status: "active" });
      expect(JSON.parse(audit.after!)).toMatchObject({ name: "Renamed", status: "dormant", platforms: ["telegram"] });

      // The same (now stale) version again: refused, nothing changed, no audit entry.
      const audits = await auditCount(ctx.prisma());
      await expect(
        updateCampaign(ctx.prisma(), users.analyst, { ...input(`${slug}-third`), id: created.id, expectedUpdatedAt: stored.updatedAt.toISOString() }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await ctx.prisma().campaign.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("Renamed");
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });

    it("refuses invalid input with errors naming each field, writing nothing", async () => {
      const audits = await auditCount(ctx.prisma());
      const campaigns = await ctx.prisma().campaign.count();
      const errors = await fieldErrors(
        createCampaign(ctx.prisma(), users.analyst, {
          ...input("Not A Slug!"),
          name: "  ",
          status: "finished",
          firstSeenAt: "2024-02-30",
          platforms: ["myspace"],
        }),
      );
      expect(Object.keys(errors).sort()).toEqual(["firstSeenAt", "name", "platforms", "slug", "status"]);
      expect(errors.name?.[0]).toMatch(/Enter a name/);
      expect(errors.firstSeenAt?.[0]).toMatch(/real date/);
      const order = await fieldErrors(createCampaign(ctx.prisma(), users.analyst, { ...input(`order-${tag()}`), firstSeenAt: "2024-05-01", lastSeenAt: "2024-04-01" }));
      expect(order.lastSeenAt?.[0]).toMatch(/before first seen/);
      expect(await ctx.prisma().campaign.count()).toBe(campaigns);
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });

    it("turns a taken slug into a field error on create and on edit", async () => {
      const slug = `taken-${tag()}`;
      await createCampaign(ctx.prisma(), users.analyst, input(slug));
      const targets = await ctx.prisma().target.count();
      expect((await fieldErrors(createCampaign(ctx.prisma(), users.analyst, { ...input(slug), newTargets: "Brand new target" }))).slug).toEqual([
        "Another campaign already uses this slug",
      ]);
      // Nothing half-written: the new target of the refused save was rolled back.
      expect(await ctx.prisma().target.count()).toBe(targets);
      const other = await createCampaign(ctx.prisma(), users.analyst, input(`other-${tag()}`));
      const stored = await ctx.prisma().campaign.findUniqueOrThrow({ where: { id: other.id } });
      const errors = await fieldErrors(updateCampaign(ctx.prisma(), users.analyst, { ...input(slug), id: other.id, expectedUpdatedAt: stored.updatedAt.toISOString() }));
      expect(errors.slug).toEqual(["Another campaign already uses this slug"]);
    });

    it("gives one of two simultaneous creations of a slug a field error, not a server error", async () => {
      const slug = `race-${tag()}`;
      const results = await Promise.allSettled([createCampaign(ctx.prisma(), users.analyst, input(slug)), createCampaign(ctx.prisma(), users.analyst, input(slug))]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(ValidationError);
      expect((refused?.reason as ValidationError).fieldErrors.slug).toEqual(["Another campaign already uses this slug"]);
      expect(await ctx.prisma().campaign.count({ where: { slug } })).toBe(1);
    });

    it("refuses a viewer, even with valid input", async () => {
      const audits = await auditCount(ctx.prisma());
      await expect(createCampaign(ctx.prisma(), users.viewer, input(`viewer-${tag()}`))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });
  });

  describe("actors", () => {
    const input = (slug: string) => ({ name: "Baku Initiative Group", slug, kind: "organisation", country: "az", description: "", parentId: "" });

    it("creates and edits an actor with a parent, auditing each save", async () => {
      const state = await createActor(ctx.prisma(), users.analyst, { ...input(`azerbaijan-${tag()}`), name: "Azerbaijan", kind: "state" });
      const big = await createActor(ctx.prisma(), users.analyst, { ...input(`big-${tag()}`), parentId: state.id });
      expect(big).toMatchObject({ country: "AZ", description: null, parentId: state.id });
      expect(await ctx.prisma().auditLog.count({ where: { entityId: big.id, action: "actor.create" } })).toBe(1);
      const edited = await updateActor(ctx.prisma(), users.analyst, {
        ...input(big.slug),
        id: big.id,
        expectedUpdatedAt: big.updatedAt.toISOString(),
        description: "Founded in Baku in 2023.",
        parentId: state.id,
      });
      expect(edited.description).toBe("Founded in Baku in 2023.");
      const audit = await ctx.prisma().auditLog.findFirstOrThrow({ where: { entityId: big.id, action: "actor.update" } });
      expect(JSON.parse(audit.before!).description).toBeNull();
      expect(JSON.parse(audit.after!).description).toBe("Founded in Baku in 2023.");
      // A parent cannot be the actor's own member (no cycles).
      const cycle = await fieldErrors(
        updateActor(ctx.prisma(), users.analyst, { ...input(state.slug), name: "Azerbaijan", kind: "state", id: state.id, expectedUpdatedAt: state.updatedAt.toISOString(), parentId: big.id }),
      );
      expect(cycle.parentId?.[0]).toMatch(/cannot belong to itself/);
      await expect(
        updateActor(ctx.prisma(), users.analyst, { ...input(big.slug), id: big.id, expectedUpdatedAt: big.updatedAt.toISOString() }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it("refuses bad fields, a taken slug and a viewer, writing nothing", async () => {
      const slug = `actor-${tag()}`;
      await createActor(ctx.prisma(), users.analyst, input(slug));
      const actors = await ctx.prisma().actor.count();
      const audits = await auditCount(ctx.prisma());
      const errors = await fieldErrors(createActor(ctx.prisma(), users.analyst, { ...input(`x-${tag()}`), kind: "alien", country: "AZE", parentId: "missing" }));
      expect(Object.keys(errors).sort()).toEqual(["country", "kind"]);
      expect((await fieldErrors(createActor(ctx.prisma(), users.analyst, { ...input(`y-${tag()}`), parentId: "missing" }))).parentId?.[0]).toMatch(/no longer exists/);
      expect((await fieldErrors(createActor(ctx.prisma(), users.analyst, input(slug)))).slug).toEqual(["Another actor already uses this slug"]);
      await expect(createActor(ctx.prisma(), users.viewer, input(`v-${tag()}`))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ctx.prisma().actor.count()).toBe(actors);
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });
  });

  describe("investigating bodies", () => {
    const input = (slug: string) => ({ name: "Viginum", slug, kind: "government_agency", country: "FR", url: "https://www.sgdsn.gouv.fr/" });

    it("creates and edits a body with one audit entry each", async () => {
      const body = await createBody(ctx.prisma(), users.analyst, input(`viginum-${tag()}`));
      expect(await ctx.prisma().auditLog.count({ where: { entityId: body.id } })).toBe(1);
      const edited = await updateBody(ctx.prisma(), users.analyst, { ...input(body.slug), id: body.id, expectedUpdatedAt: body.updatedAt.toISOString(), url: "" });
      expect(edited.url).toBeNull();
      expect(edited.updatedAt.getTime()).toBeGreaterThan(body.updatedAt.getTime());
      expect(await ctx.prisma().auditLog.count({ where: { entityId: body.id, action: "investigating-body.update" } })).toBe(1);
    });

    it("refuses a stale or version-less form, changing nothing", async () => {
      const body = await createBody(ctx.prisma(), users.analyst, input(`stale-${tag()}`));
      const opened = body.updatedAt.toISOString();
      await updateBody(ctx.prisma(), users.analyst, { ...input(body.slug), id: body.id, expectedUpdatedAt: opened, name: "First save" });
      const audits = await auditCount(ctx.prisma());
      // A second form opened before the first save is now stale.
      await expect(updateBody(ctx.prisma(), users.analyst, { ...input(body.slug), id: body.id, expectedUpdatedAt: opened, name: "Second save" })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await fieldErrors(updateBody(ctx.prisma(), users.analyst, { ...input(body.slug), id: body.id, name: "No version" }))).expectedUpdatedAt?.[0]).toMatch(/reload/);
      expect((await ctx.prisma().investigatingBody.findUniqueOrThrow({ where: { id: body.id } })).name).toBe("First save");
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });

    it("refuses a javascript: URL, a taken slug and a viewer", async () => {
      const slug = `body-${tag()}`;
      await createBody(ctx.prisma(), users.analyst, input(slug));
      const bodies = await ctx.prisma().investigatingBody.count();
      expect((await fieldErrors(createBody(ctx.prisma(), users.analyst, { ...input(`js-${tag()}`), url: "javascript:alert(1)" }))).url?.[0]).toMatch(/http/);
      expect((await fieldErrors(createBody(ctx.prisma(), users.analyst, input(slug)))).slug).toEqual(["Another investigating body already uses this slug"]);
      await expect(createBody(ctx.prisma(), users.viewer, input(`v-${tag()}`))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ctx.prisma().investigatingBody.count()).toBe(bodies);
    });
  });

  describe("sources", () => {
    const input = () => ({
      title: "Azerbaijan accused of stoking unrest in New Caledonia",
      publisher: "Le Monde",
      url: "https://www.lemonde.fr/article",
      publishedAt: "2024-05-17",
      kind: "news_article",
      language: "fr",
      reliability: "B",
      credibility: "2",
      bodyId: "",
      campaignIds: [] as string[],
    });

    it("creates a source linked to a campaign, edits it, one audit entry per save", async () => {
      const campaign = await ctx.prisma().campaign.create({ data: { slug: `src-${tag()}`, name: "C", summary: "…" } });
      const source = await createSource(ctx.prisma(), users.analyst, { ...input(), campaignIds: [campaign.id] });
      const stored = await ctx.prisma().source.findUniqueOrThrow({ where: { id: source.id }, include: { campaigns: true } });
      expect(stored).toMatchObject({ reliability: "B", credibility: 2, language: "fr", bodyId: null });
      expect(stored.campaigns.map((link) => link.campaignId)).toEqual([campaign.id]);
      expect(await ctx.prisma().auditLog.count({ where: { entityId: source.id, action: "source.create" } })).toBe(1);
      await updateSource(ctx.prisma(), users.analyst, { ...input(), id: source.id, expectedUpdatedAt: stored.updatedAt.toISOString(), credibility: "", campaignIds: [] });
      const edited = await ctx.prisma().source.findUniqueOrThrow({ where: { id: source.id }, include: { campaigns: true } });
      expect(edited.credibility).toBeNull();
      expect(edited.updatedAt.getTime()).toBeGreaterThan(stored.updatedAt.getTime());
      expect(edited.campaigns).toEqual([]);
      const audit = await ctx.prisma().auditLog.findFirstOrThrow({ where: { entityId: source.id, action: "source.update" } });
      expect(JSON.parse(audit.before!)).toMatchObject({ credibility: 2, campaignIds: [campaign.id] });
      expect(JSON.parse(audit.after!)).toMatchObject({ credibility: null, campaignIds: [] });
    });

    it("refuses a stale form, keeping the newer save and its campaign links", async () => {
      const campaign = await ctx.prisma().campaign.create({ data: { slug: `stale-src-${tag()}`, name: "C", summary: "…" } });
      const source = await createSource(ctx.prisma(), users.analyst, input());
      const opened = (await ctx.prisma().source.findUniqueOrThrow({ where: { id: source.id } })).updatedAt.toISOString();
      await updateSource(ctx.prisma(), users.analyst, { ...input(), id: source.id, expectedUpdatedAt: opened, title: "First save", campaignIds: [campaign.id] });
      const audits = await auditCount(ctx.prisma());
      await expect(updateSource(ctx.prisma(), users.analyst, { ...input(), id: source.id, expectedUpdatedAt: opened, title: "Second save" })).rejects.toBeInstanceOf(
        ConflictError,
      );
      const stored = await ctx.prisma().source.findUniqueOrThrow({ where: { id: source.id }, include: { campaigns: true } });
      expect(stored.title).toBe("First save");
      expect(stored.campaigns.map((link) => link.campaignId)).toEqual([campaign.id]);
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });

    it("refuses grades outside the Admiralty scales and unknown links, writing nothing", async () => {
      const sources = await ctx.prisma().source.count();
      const audits = await auditCount(ctx.prisma());
      const errors = await fieldErrors(createSource(ctx.prisma(), users.analyst, { ...input(), reliability: "G", credibility: "7", title: "", kind: "" }));
      expect(Object.keys(errors).sort()).toEqual(["credibility", "kind", "reliability", "title"]);
      const links = await fieldErrors(createSource(ctx.prisma(), users.analyst, { ...input(), bodyId: "nope", campaignIds: ["nope"] }));
      expect(Object.keys(links).sort()).toEqual(["bodyId", "campaignIds"]);
      await expect(createSource(ctx.prisma(), users.viewer, input())).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ctx.prisma().source.count()).toBe(sources);
      expect(await auditCount(ctx.prisma())).toBe(audits);
    });
  });

  describe("attribution claims", () => {
    async function arrange() {
      const t = tag();
      const prisma = ctx.prisma();
      const [campaign, actor, body, source] = await Promise.all([
        prisma.campaign.create({ data: { slug: `claim-${t}`, name: "C", summary: "…" } }),
        prisma.actor.create({ data: { slug: `actor-${t}`, name: "Azerbaijan", kind: "state" } }),
        prisma.investigatingBody.create({ data: { slug: `body-${t}`, name: "Viginum", kind: "government_agency" } }),
        prisma.source.create({ data: { title: "Report", publisher: "SGDSN", kind: "government_statement" } }),
      ]);
      const input = {
        campaignId: campaign.id,
        actorId: actor.id,
        claimantId: body.id,
        confidence: "60",
        rationale: "Viginum traced the accounts to Baku.",
        claimedAt: "2024-05-16",
        sourceIds: [source.id],
      };
      return { campaign, actor, body, source, input };
    }

    it("always creates a claim as suspected, with its creation in the history and one audit entry", async () => {
      const { input, source } = await arrange();
      // A status sent by a crafted form is ignored: only change-status moves a claim on.
      const claim = await proposeAttributionClaim(ctx.prisma(), users.analyst, { ...input, status: "confirmed", version: "7" });
      const stored = await ctx.prisma().attribution.findUniqueOrThrow({
        where: { id: claim.id },
        include: { history: { include: { sources: true } }, sources: true },
      });
      expect(stored).toMatchObject({ status: "suspected", version: 1, confidence: 60, createdById: users.analyst.userId });
      expect(stored.claimedAt?.toISOString()).toBe("2024-05-16T00:00:00.000Z");
      expect(stored.sources.map((link) => link.sourceId)).toEqual([source.id]);
      expect(stored.history).toHaveLength(1);
      expect(stored.history[0]).toMatchObject({ version: 1, fromStatus: null, toStatus: "suspected", fromConfidence: null, toConfidence: 60, changedById: users.analyst.userId });
      expect(stored.history[0]?.sources.map((link) => link.sourceId)).toEqual([source.id]);
      const audits = await ctx.prisma().auditLog.findMany({ where: { entityId: claim.id } });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ action: "attribution.create", entityType: "attribution" });

      // The existing workflow takes it from there.
      const moved = await changeAttributionStatus(ctx.prisma(), users.editor, {
        attributionId: claim.id,
        expectedVersion: "1",
        status: "assessed",
        confidence: "70",
        rationale: "Confirmed by a second report.",
        sourceIds: [source.id],
      });
      expect(moved).toMatchObject({ status: "assessed", version: 2 });
    });

    it("refuses invalid claims with field errors, writing nothing", async () => {
      const { input, campaign } = await arrange();
      const before = { claims: await ctx.prisma().attribution.count(), changes: await ctx.prisma().attributionChange.count(), audits: await auditCount(ctx.prisma()) };
      const errors = await fieldErrors(
        proposeAttributionClaim(ctx.prisma(), users.analyst, { ...input, confidence: "101", rationale: "short", sourceIds: [], actorId: "" }),
      );
      expect(Object.keys(errors).sort()).toEqual(["actorId", "confidence", "rationale", "sourceIds"]);
      const missing = await fieldErrors(proposeAttributionClaim(ctx.prisma(), users.analyst, { ...input, actorId: "gone", sourceIds: ["gone"] }));
      expect(Object.keys(missing).sort()).toEqual(["actorId", "sourceIds"]);
      const both = await fieldErrors(proposeAttributionClaim(ctx.prisma(), users.analyst, { ...input, networkId: campaign.id }));
      expect(both.networkId?.[0]).toMatch(/one campaign or one network/);
      await expect(proposeAttributionClaim(ctx.prisma(), users.viewer, input)).rejects.toBeInstanceOf(ForbiddenError);
      expect({ claims: await ctx.prisma().attribution.count(), changes: await ctx.prisma().attributionChange.count(), audits: await auditCount(ctx.prisma()) }).toEqual(before);
    });
  });

  describe("posts", () => {
    async function arrange() {
      const campaign = await ctx.prisma().campaign.create({ data: { slug: `posts-${tag()}`, name: "Police image", summary: "…" } });
      return campaign;
    }
    const input = (campaignId: string, id: string) => ({
      campaignId,
      platform: "x",
      platform_post_id: id,
      url: `https://x.com/someone/status/${id}`,
      author_handle: "@someone",
      author_display_name: "Someone",
      text: "<b>not html</b>",
      language: "fr",
      posted_at: "2024-05-17T14:05",
      posted_at_zone: "Europe/Paris",
      likes: "3",
      shares: "",
      replies: "1",
      views: "",
      is_repost: "true",
    });

    it("stores a post with the importer's rules, its time zone applied, matching or creating the account", async () => {
      const campaign = await arrange();
      const id = `p-${tag()}`;
      const post = await createPost(ctx.prisma(), users.analyst, input(campaign.id, id));
      const stored = await ctx.prisma().post.findUniqueOrThrow({ where: { id: post.id }, include: { account: true } });
      // 14:05 in Paris in May (CEST, UTC+2) is 12:05 UTC.
      expect(stored.postedAt.toISOString()).toBe("2024-05-17T12:05:00.000Z");
      expect(stored).toMatchObject({ text: "<b>not html</b>", likeCount: 3, shareCount: 0, replyCount: 1, viewCount: null, isRepost: true, doctoredMedia: false, synthetic: false });
      expect(stored.account).toMatchObject({ platform: "x", handle: "someone", displayName: "Someone" });
      expect(await ctx.prisma().auditLog.count({ where: { entityId: post.id, action: "post.create" } })).toBe(1);
      // A second post by the same handle reuses the account.
      const second = await createPost(ctx.prisma(), users.analyst, { ...input(campaign.id, `${id}-2`), posted_at_zone: "+04:00" });
      expect(second.account).toMatchObject({ id: stored.accountId, created: false });
      expect((await ctx.prisma().post.findUniqueOrThrow({ where: { id: second.id } })).postedAt.toISOString()).toBe("2024-05-17T10:05:00.000Z");
    });

    it("refuses a post already stored (same platform and id) with a field error", async () => {
      const campaign = await arrange();
      const id = `dup-${tag()}`;
      await createPost(ctx.prisma(), users.analyst, input(campaign.id, id));
      const posts = await ctx.prisma().post.count();
      const errors = await fieldErrors(createPost(ctx.prisma(), users.analyst, { ...input(campaign.id, id), platform: "twitter" }));
      expect(errors.platform_post_id?.[0]).toMatch(/already stored, in “Police image”/);
      expect(await ctx.prisma().post.count()).toBe(posts);
    });

    it("gives the importer's errors per field and writes nothing", async () => {
      const campaign = await arrange();
      const before = { posts: await ctx.prisma().post.count(), accounts: await ctx.prisma().account.count(), audits: await auditCount(ctx.prisma()) };
      const errors = await fieldErrors(
        createPost(ctx.prisma(), users.analyst, {
          ...input(campaign.id, ""),
          platform: "myspace",
          url: "javascript:alert(1)",
          language: "french!",
          likes: "-2",
          author_handle: "newcomer",
        }),
      );
      expect(Object.keys(errors).sort()).toEqual(["language", "likes", "platform", "platform_post_id", "url"]);
      expect(errors.platform_post_id).toEqual(["Platform post id is required"]);
      expect(errors.platform?.[0]).toMatch(/^Platform unknown platform "myspace"/);
      const zone = await fieldErrors(createPost(ctx.prisma(), users.analyst, { ...input(campaign.id, `z-${tag()}`), posted_at_zone: "Mars/Olympus" }));
      expect(Object.keys(zone)).toEqual(["posted_at_zone"]);
      const time = await fieldErrors(createPost(ctx.prisma(), users.analyst, { ...input(campaign.id, `t-${tag()}`), posted_at: "2024-02-30T10:00" }));
      expect(time.posted_at?.[0]).toMatch(/not a real date/);
      await expect(createPost(ctx.prisma(), users.viewer, input(campaign.id, `v-${tag()}`))).rejects.toBeInstanceOf(ForbiddenError);
      expect({ posts: await ctx.prisma().post.count(), accounts: await ctx.prisma().account.count(), audits: await auditCount(ctx.prisma()) }).toEqual(before);
    });
  });
});
