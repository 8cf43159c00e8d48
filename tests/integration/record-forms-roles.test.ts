import { beforeEach, expect, it } from "vitest";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign.ts";
import { createActor, updateActor } from "@/lib/actors/save-actor.ts";
import { createBody, updateBody } from "@/lib/bodies/save-body.ts";
import { createSource, updateSource } from "@/lib/sources/save-source.ts";
import { proposeAttributionClaim } from "@/lib/attribution/propose-claim.ts";
import { createPost } from "@/lib/posts/save-post.ts";
import { createNetwork, updateNetwork } from "@/lib/networks/save-network.ts";
import { createAccount, updateAccount } from "@/lib/accounts/save-account.ts";
import { createEvent, updateEvent } from "@/lib/events/save-event.ts";
import { hasPermission, ROLES, type Permission, type Principal, type Role } from "@/lib/auth/permissions.ts";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

/**
 * Every record form's domain function against every role and nobody signed in, as
 * role-matrix.test.ts does for the other mutations: allowed exactly where the role map
 * grants the permission, refused otherwise with nothing written.
 */

interface World {
  users: Record<Role, Principal>;
  campaign: { id: string; slug: string; updatedAt: Date };
  actor: { id: string; slug: string; updatedAt: Date };
  body: { id: string; slug: string; updatedAt: Date };
  source: { id: string; updatedAt: Date };
  network: { id: string; slug: string; updatedAt: Date };
  account: { id: string; handle: string };
  event: { id: string };
  tag: string;
}

let run = 0;

async function arrange(prisma: PrismaClient): Promise<World> {
  run += 1;
  const tag = `f${run}`;
  const users = {} as Record<Role, Principal>;
  for (const role of ROLES) {
    const user = await prisma.user.create({ data: { email: `${role}-${tag}@forms.test`, name: role, role } });
    users[role] = { userId: user.id, role };
  }
  const campaign = await prisma.campaign.create({ data: { slug: `campaign-${tag}`, name: "Campaign", summary: "…" } });
  const actor = await prisma.actor.create({ data: { slug: `actor-${tag}`, name: "Azerbaijan", kind: "state" } });
  const body = await prisma.investigatingBody.create({ data: { slug: `body-${tag}`, name: "Viginum", kind: "government_agency" } });
  const source = await prisma.source.create({ data: { title: "Report", publisher: "Le Monde", kind: "news_article" } });
  const network = await prisma.network.create({ data: { slug: `network-${tag}`, name: "Network" } });
  const account = await prisma.account.create({ data: { platform: "x", handle: `acc_${tag}` } });
  const event = await prisma.event.create({ data: { occurredAt: new Date("2024-05-15T00:00:00Z"), title: "Event", sources: { create: { sourceId: source.id } } } });
  return { users, campaign, actor, body, source, network, account, event, tag };
}

const unique = () => `${run}-${Math.random().toString(36).slice(2, 8)}`;

type Mutation = { name: string; permission: Permission; run: (prisma: PrismaClient, who: Principal, world: World) => Promise<unknown> };

const MUTATIONS: Mutation[] = [
  {
    name: "create a campaign",
    permission: "records:write",
    run: (prisma, who) => createCampaign(prisma, who, { name: "New", slug: `new-${unique()}`, summary: "S", status: "active", newTargets: "France" }),
  },
  {
    name: "edit a campaign",
    permission: "records:write",
    run: (prisma, who, w) =>
      updateCampaign(prisma, who, { id: w.campaign.id, expectedUpdatedAt: w.campaign.updatedAt.toISOString(), name: "Edited", slug: w.campaign.slug, summary: "S", status: "dormant" }),
  },
  { name: "create an actor", permission: "records:write", run: (prisma, who) => createActor(prisma, who, { name: "A", slug: `a-${unique()}`, kind: "person" }) },
  {
    name: "edit an actor",
    permission: "records:write",
    run: (prisma, who, w) => updateActor(prisma, who, { id: w.actor.id, expectedUpdatedAt: w.actor.updatedAt.toISOString(), name: "Edited", slug: w.actor.slug, kind: "state" }),
  },
  { name: "create an investigating body", permission: "records:write", run: (prisma, who) => createBody(prisma, who, { name: "B", slug: `b-${unique()}`, kind: "newsroom" }) },
  { name: "edit an investigating body", permission: "records:write", run: (prisma, who, w) => updateBody(prisma, who, { id: w.body.id, expectedUpdatedAt: w.body.updatedAt.toISOString(), name: "Edited", slug: w.body.slug, kind: "newsroom" }) },
  { name: "create a source", permission: "records:write", run: (prisma, who) => createSource(prisma, who, { title: "T", publisher: "P", kind: "other" }) },
  { name: "edit a source", permission: "records:write", run: (prisma, who, w) => updateSource(prisma, who, { id: w.source.id, expectedUpdatedAt: w.source.updatedAt.toISOString(), title: "Edited", publisher: "P", kind: "other" }) },
  {
    name: "propose an attribution claim",
    permission: "attribution:propose",
    run: (prisma, who, w) =>
      proposeAttributionClaim(prisma, who, { campaignId: w.campaign.id, actorId: w.actor.id, claimantId: w.body.id, confidence: "50", rationale: "A rationale of some length.", sourceIds: [w.source.id] }),
  },
  {
    name: "log a post",
    permission: "records:write",
    run: (prisma, who, w) => createPost(prisma, who, { campaignId: w.campaign.id, platform: "x", platform_post_id: `p-${unique()}`, text: "t", posted_at: "2024-05-17T10:00", posted_at_zone: "UTC" }),
  },
  { name: "create a network", permission: "records:write", run: (prisma, who, w) => createNetwork(prisma, who, { name: "N", slug: `n-${unique()}`, addAccounts: `x @${w.account.handle}` }) },
  {
    name: "edit a network",
    permission: "records:write",
    run: (prisma, who, w) => updateNetwork(prisma, who, { id: w.network.id, expectedUpdatedAt: w.network.updatedAt.toISOString(), name: "Edited", slug: w.network.slug }),
  },
  { name: "create an account", permission: "records:write", run: (prisma, who) => createAccount(prisma, who, { platform: "telegram", handle: `h_${unique()}` }) },
  { name: "edit an account", permission: "records:write", run: (prisma, who, w) => updateAccount(prisma, who, { id: w.account.id, platform: "x", handle: w.account.handle, followers: "5" }) },
  {
    name: "create an event",
    permission: "records:write",
    run: (prisma, who, w) => createEvent(prisma, who, { occurredAt: "2024-05-15", datePrecision: "day", title: "E", campaignId: w.campaign.id, sourceIds: [w.source.id] }),
  },
  {
    name: "edit an event",
    permission: "records:write",
    run: (prisma, who, w) => updateEvent(prisma, who, { id: w.event.id, occurredAt: "2024-05-15", datePrecision: "day", title: "Edited", sourceIds: [w.source.id] }),
  },
];

/** Everything a refused save must leave untouched. */
async function snapshot(prisma: PrismaClient) {
  const counts = await Promise.all([
    prisma.campaign.findMany({ select: { id: true, name: true, status: true }, orderBy: { id: "asc" } }),
    prisma.actor.findMany({ select: { id: true, name: true, kind: true }, orderBy: { id: "asc" } }),
    prisma.investigatingBody.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    prisma.source.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } }),
    prisma.network.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    prisma.account.findMany({ select: { id: true, handle: true, followers: true }, orderBy: { id: "asc" } }),
    prisma.event.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } }),
    prisma.attribution.count(),
    prisma.attributionChange.count(),
    prisma.post.count(),
    prisma.target.count(),
    prisma.networkAccount.count(),
    prisma.auditLog.count(),
  ]);
  return counts;
}

withTestDatabases((ctx) => {
  let world: World;
  beforeEach(async () => {
    world = await arrange(ctx.prisma());
  });

  for (const mutation of MUTATIONS) {
    for (const who of [null, ...ROLES] as const) {
      const allowed = who !== null && hasPermission(who, mutation.permission);
      it(`${who ?? "nobody signed in"} ${allowed ? "may" : "may not"} ${mutation.name}`, async () => {
        const prisma = ctx.prisma();
        const audits = await prisma.auditLog.count();
        const before = await snapshot(prisma);
        const attempt = mutation.run(prisma, (who ? world.users[who] : null) as Principal, world);
        if (allowed) {
          await attempt;
          expect(await prisma.auditLog.count()).toBe(audits + 1);
          return;
        }
        await expect(attempt).rejects.toBeInstanceOf(who === null ? UnauthorizedError : ForbiddenError);
        expect(await snapshot(prisma)).toEqual(before);
      });
    }
  }
});
