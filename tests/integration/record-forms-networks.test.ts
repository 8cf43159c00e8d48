import { beforeAll, describe, expect, it } from "vitest";
import { createNetwork, updateNetwork } from "@/lib/networks/save-network.ts";
import { createAccount, updateAccount } from "@/lib/accounts/save-account.ts";
import { createEvent, updateEvent } from "@/lib/events/save-event.ts";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors.ts";
import type { Principal } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

let run = 0;
const tag = () => `n${++run}`;

async function makeUsers(prisma: PrismaClient) {
  const t = tag();
  const viewer = await prisma.user.create({ data: { email: `viewer-${t}@example.test`, name: "viewer", role: "viewer" } });
  const analyst = await prisma.user.create({ data: { email: `analyst-${t}@example.test`, name: "analyst", role: "analyst" } });
  return { viewer: { userId: viewer.id, role: "viewer" } as Principal, analyst: { userId: analyst.id, role: "analyst" } as Principal };
}

async function fieldErrors(attempt: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

withTestDatabases((ctx) => {
  let users: Awaited<ReturnType<typeof makeUsers>>;
  beforeAll(async () => {
    users = await makeUsers(ctx.prisma());
  });

  describe("accounts", () => {
    const input = (handle: string) => ({ platform: "x", handle, displayName: "Someone", platformAccountId: "123", accountCreatedAt: "2024-04-01", followers: "12" });

    it("creates an account (handle stored without @) and edits it, one audit entry each", async () => {
      const handle = `someone_${tag()}`;
      const account = await createAccount(ctx.prisma(), users.analyst, input(`@${handle}`));
      expect(account).toMatchObject({ handle, followers: 12, platformAccountId: "123" });
      expect(account.accountCreatedAt?.toISOString()).toBe("2024-04-01T00:00:00.000Z");
      expect(await ctx.prisma().auditLog.count({ where: { entityId: account.id, action: "account.create" } })).toBe(1);
      const edited = await updateAccount(ctx.prisma(), users.analyst, { ...input(handle), id: account.id, followers: "" });
      expect(edited.followers).toBeNull();
      expect(await ctx.prisma().auditLog.count({ where: { entityId: account.id, action: "account.update" } })).toBe(1);
    });

    it("refuses a handle already recorded on the platform, bad fields and a viewer, writing nothing", async () => {
      const handle = `dup_${tag()}`;
      await createAccount(ctx.prisma(), users.analyst, input(handle));
      const accounts = await ctx.prisma().account.count();
      const audits = await ctx.prisma().auditLog.count();
      expect((await fieldErrors(createAccount(ctx.prisma(), users.analyst, input(`@${handle}`)))).handle?.[0]).toMatch(/already recorded/);
      const errors = await fieldErrors(createAccount(ctx.prisma(), users.analyst, { ...input(""), platform: "myspace", followers: "-1", accountCreatedAt: "yesterday" }));
      expect(Object.keys(errors).sort()).toEqual(["accountCreatedAt", "followers", "handle", "platform"]);
      await expect(createAccount(ctx.prisma(), users.viewer, input(`v_${tag()}`))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ctx.prisma().account.count()).toBe(accounts);
      expect(await ctx.prisma().auditLog.count()).toBe(audits);
    });
  });

  describe("networks", () => {
    async function arrange() {
      const t = tag();
      const prisma = ctx.prisma();
      const campaign = await prisma.campaign.create({ data: { slug: `net-${t}`, name: "C", summary: "…" } });
      const a = await prisma.account.create({ data: { platform: "x", handle: `a_${t}` } });
      const b = await prisma.account.create({ data: { platform: "facebook", handle: `b_${t}` } });
      return { campaign, a, b };
    }
    const input = (slug: string) => ({ name: "Baku network", slug, description: "", campaignIds: [] as string[], addAccounts: "", removeAccounts: "" });

    it("creates a network with accounts by platform and handle, then adds and removes members", async () => {
      const { campaign, a, b } = await arrange();
      const slug = `network-${tag()}`;
      const network = await createNetwork(ctx.prisma(), users.analyst, { ...input(slug), campaignIds: [campaign.id], addAccounts: `x @${a.handle}\n` });
      const members = async () => (await ctx.prisma().networkAccount.findMany({ where: { networkId: network.id } })).map((l) => l.accountId).sort();
      expect(await members()).toEqual([a.id]);
      expect(await ctx.prisma().campaignNetwork.count({ where: { networkId: network.id, campaignId: campaign.id } })).toBe(1);
      expect(await ctx.prisma().auditLog.count({ where: { entityId: network.id, action: "network.create" } })).toBe(1);

      const stored = await ctx.prisma().network.findUniqueOrThrow({ where: { id: network.id } });
      await updateNetwork(ctx.prisma(), users.analyst, {
        ...input(slug),
        id: network.id,
        expectedUpdatedAt: stored.updatedAt.toISOString(),
        addAccounts: `facebook:${b.handle}`,
        removeAccounts: `x ${a.handle}`,
      });
      expect(await members()).toEqual([b.id]);
      expect(await ctx.prisma().campaignNetwork.count({ where: { networkId: network.id } })).toBe(0);
      const audit = await ctx.prisma().auditLog.findFirstOrThrow({ where: { entityId: network.id, action: "network.update" } });
      expect(JSON.parse(audit.before!)).toMatchObject({ accountCount: 1, campaignIds: [campaign.id] });
      expect(JSON.parse(audit.after!)).toMatchObject({ accountCount: 1, campaignIds: [], addedAccountIds: [b.id], removedAccountIds: [a.id] });

      // The form read before that save is now stale.
      await expect(
        updateNetwork(ctx.prisma(), users.analyst, { ...input(slug), id: network.id, expectedUpdatedAt: stored.updatedAt.toISOString() }),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it("refuses unknown accounts, a taken slug and a viewer, writing nothing", async () => {
      const { a } = await arrange();
      const slug = `taken-${tag()}`;
      await createNetwork(ctx.prisma(), users.analyst, input(slug));
      const networks = await ctx.prisma().network.count();
      const errors = await fieldErrors(createNetwork(ctx.prisma(), users.analyst, { ...input(`new-${tag()}`), addAccounts: `x @${a.handle}\nx @nobody_here\nmyspace tom` }));
      expect(errors.addAccounts).toHaveLength(2);
      expect(errors.addAccounts?.[0]).toMatch(/No x account @nobody_here/);
      expect((await fieldErrors(createNetwork(ctx.prisma(), users.analyst, input(slug)))).slug).toEqual(["Another network already uses this slug"]);
      await expect(createNetwork(ctx.prisma(), users.viewer, input(`v-${tag()}`))).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ctx.prisma().network.count()).toBe(networks);
      expect(await ctx.prisma().networkAccount.count({ where: { accountId: a.id } })).toBe(0);
    });
  });

  describe("events", () => {
    async function arrange() {
      const t = tag();
      const campaign = await ctx.prisma().campaign.create({ data: { slug: `ev-${t}`, name: "C", summary: "…" } });
      const source = await ctx.prisma().source.create({ data: { title: "AFP", publisher: "AFP", kind: "news_article" } });
      return { campaign, source };
    }

    it("creates an event known to the month as the month's first day, with sources, and edits it", async () => {
      const { campaign, source } = await arrange();
      const event = await createEvent(ctx.prisma(), users.analyst, {
        occurredAt: "2024-05-17",
        datePrecision: "month",
        title: "State of emergency in New Caledonia",
        description: "",
        location: "Nouméa",
        campaignId: campaign.id,
        sourceIds: [source.id],
      });
      expect(event.campaignSlug).toBe(campaign.slug);
      const stored = await ctx.prisma().event.findUniqueOrThrow({ where: { id: event.id }, include: { sources: true } });
      expect(stored.occurredAt.toISOString()).toBe("2024-05-01T00:00:00.000Z");
      expect(stored).toMatchObject({ datePrecision: "month", location: "Nouméa", description: null });
      expect(stored.sources.map((l) => l.sourceId)).toEqual([source.id]);
      expect(await ctx.prisma().auditLog.count({ where: { entityId: event.id, action: "event.create" } })).toBe(1);
      await updateEvent(ctx.prisma(), users.analyst, { id: event.id, occurredAt: "2024-05-15", datePrecision: "day", title: "Renamed", campaignId: "", sourceIds: [source.id] });
      const edited = await ctx.prisma().event.findUniqueOrThrow({ where: { id: event.id } });
      expect(edited).toMatchObject({ title: "Renamed", campaignId: null, datePrecision: "day" });
      expect(edited.occurredAt.toISOString()).toBe("2024-05-15T00:00:00.000Z");
      expect(await ctx.prisma().auditLog.count({ where: { entityId: event.id, action: "event.update" } })).toBe(1);
    });

    it("refuses an event without date, title or source, and a viewer, writing nothing", async () => {
      const { campaign, source } = await arrange();
      const events = await ctx.prisma().event.count();
      const errors = await fieldErrors(createEvent(ctx.prisma(), users.analyst, { occurredAt: "", datePrecision: "week", title: "", campaignId: campaign.id, sourceIds: [] }));
      expect(Object.keys(errors).sort()).toEqual(["datePrecision", "occurredAt", "sourceIds", "title"]);
      const missing = await fieldErrors(createEvent(ctx.prisma(), users.analyst, { occurredAt: "2024-05-01", datePrecision: "day", title: "T", campaignId: "gone", sourceIds: ["gone"] }));
      expect(Object.keys(missing).sort()).toEqual(["campaignId", "sourceIds"]);
      await expect(
        createEvent(ctx.prisma(), users.viewer, { occurredAt: "2024-05-01", datePrecision: "day", title: "T", campaignId: campaign.id, sourceIds: [source.id] }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await ctx.prisma().event.count()).toBe(events);
    });
  });
});
