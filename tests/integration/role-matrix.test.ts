import { beforeEach, expect, it } from "vitest";
import { changeAttributionStatus } from "@/lib/attribution/change-status.ts";
import { createUser } from "@/lib/users/create-user.ts";
import { updateUser } from "@/lib/users/update-user.ts";
import { hasPermission, ROLES, type Permission, type Principal, type Role } from "@/lib/auth/permissions.ts";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

/**
 * Every mutation the app exposes, against every role and nobody signed in: allowed exactly
 * where the role map grants the permission; refused otherwise with nothing changed — not the
 * record, not the history, not the audit log. (Actions and routes call these functions after
 * reading the session; the e2e suite replays an editor's request as a viewer on top.)
 */

interface World {
  users: Record<Role, Principal>;
  claimId: string;
  sourceId: string;
  targetUserId: string;
}

let run = 0;

async function arrange(prisma: PrismaClient): Promise<World> {
  run += 1;
  const tag = `m${run}`;
  const users = {} as Record<Role, Principal>;
  for (const role of ROLES) {
    const user = await prisma.user.create({ data: { email: `${role}-${tag}@matrix.test`, name: role, role } });
    users[role] = { userId: user.id, role };
  }
  // A second admin, so an admin demoting the target never trips the last-admin guard.
  await prisma.user.create({ data: { email: `admin2-${tag}@matrix.test`, name: "admin 2", role: "admin" } });
  const target = await prisma.user.create({ data: { email: `target-${tag}@matrix.test`, name: "target", role: "viewer" } });
  const actor = await prisma.actor.create({ data: { slug: `actor-${tag}`, name: "Azerbaijan", kind: "state" } });
  const body = await prisma.investigatingBody.create({ data: { slug: `body-${tag}`, name: "Viginum", kind: "government_agency" } });
  const source = await prisma.source.create({ data: { title: "Report", publisher: "Le Monde", kind: "news_article" } });
  const campaign = await prisma.campaign.create({ data: { slug: `campaign-${tag}`, name: "Campaign", summary: "…" } });
  const claim = await prisma.attribution.create({
    data: { campaignId: campaign.id, actorId: actor.id, claimantId: body.id, confidence: 40, status: "suspected", rationale: "initial" },
  });
  return { users, claimId: claim.id, sourceId: source.id, targetUserId: target.id };
}

const MUTATIONS: { name: string; permission: Permission; run: (prisma: PrismaClient, who: Principal | null, world: World) => Promise<unknown> }[] = [
  {
    name: "change an attribution's status and confidence",
    permission: "attribution:change-status",
    run: (prisma, who, world) =>
      changeAttributionStatus(prisma, who as Principal, {
        attributionId: world.claimId,
        expectedVersion: 1,
        status: "assessed",
        confidence: 60,
        rationale: "Role matrix: a change with a source.",
        sourceIds: [world.sourceId],
      }),
  },
  {
    name: "create a user",
    permission: "users:manage",
    run: (prisma, who) => createUser(prisma, who, { email: `new-${run}-${Math.random().toString(36).slice(2)}@matrix.test`, name: "New", role: "analyst", password: "a long enough password" }),
  },
  {
    name: "change a user's role",
    permission: "users:manage",
    run: (prisma, who, world) => updateUser(prisma, who, { userId: world.targetUserId, role: "editor" }),
  },
  {
    name: "deactivate a user",
    permission: "users:manage",
    run: (prisma, who, world) => updateUser(prisma, who, { userId: world.targetUserId, active: false }),
  },
];

/** Everything a refused mutation must leave untouched. */
async function snapshot(prisma: PrismaClient) {
  const [claims, changes, users, audit] = await Promise.all([
    prisma.attribution.findMany({ select: { id: true, status: true, confidence: true, version: true }, orderBy: { id: "asc" } }),
    prisma.attributionChange.count(),
    prisma.user.findMany({ select: { id: true, role: true, active: true, passwordHash: true }, orderBy: { id: "asc" } }),
    prisma.auditLog.count(),
  ]);
  return { claims, changes, users, audit };
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
        const before = await snapshot(prisma);
        const attempt = mutation.run(prisma, who ? world.users[who] : null, world);
        if (allowed) {
          await attempt;
          const after = await snapshot(prisma);
          expect(after.audit).toBeGreaterThan(before.audit);
          return;
        }
        await expect(attempt).rejects.toBeInstanceOf(who === null ? UnauthorizedError : ForbiddenError);
        expect(await snapshot(prisma)).toEqual(before);
      });
    }
  }
});
