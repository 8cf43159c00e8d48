import { beforeEach, expect, it } from "vitest";
import { changeAttributionStatus } from "@/lib/attribution/change-status.ts";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors.ts";
import type { Principal } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

let run = 0;

/** A claim at version 1 with one history entry, and one user per role. */
async function arrange(prisma: PrismaClient) {
  run += 1;
  const tag = `t${run}`;
  const users = Object.fromEntries(
    await Promise.all(
      (["viewer", "analyst", "editor", "admin"] as const).map(async (role) => {
        const user = await prisma.user.create({ data: { email: `${role}-${tag}@example.test`, name: role, role } });
        return [role, { userId: user.id, role } satisfies Principal];
      }),
    ),
  ) as Record<"viewer" | "analyst" | "editor" | "admin", Principal>;
  const actor = await prisma.actor.create({ data: { slug: `actor-${tag}`, name: "Azerbaijan", kind: "state" } });
  const body = await prisma.investigatingBody.create({ data: { slug: `body-${tag}`, name: "Viginum", kind: "government_agency" } });
  const source = await prisma.source.create({ data: { title: "Report", publisher: "Le Monde", kind: "news_article" } });
  const campaign = await prisma.campaign.create({ data: { slug: `campaign-${tag}`, name: "Olympics boycott", summary: "…" } });
  const claim = await prisma.attribution.create({
    data: {
      campaignId: campaign.id,
      actorId: actor.id,
      claimantId: body.id,
      confidence: 40,
      status: "suspected",
      rationale: "initial",
      history: { create: { version: 1, changedAt: new Date(), toStatus: "suspected", toConfidence: 40, rationale: "initial" } },
    },
  });
  return { users, claim, source };
}

async function snapshot(prisma: PrismaClient, attributionId: string) {
  const [claim, history, audit] = await Promise.all([
    prisma.attribution.findUniqueOrThrow({ where: { id: attributionId }, select: { status: true, confidence: true, version: true } }),
    prisma.attributionChange.count({ where: { attributionId } }),
    prisma.auditLog.count({ where: { entityType: "attribution", entityId: attributionId } }),
  ]);
  return { ...claim, history, audit };
}

withTestDatabases((ctx) => {
  let fixture: Awaited<ReturnType<typeof arrange>>;
  beforeEach(async () => {
    fixture = await arrange(ctx.prisma());
  });

  const input = () => ({
    attributionId: fixture.claim.id,
    expectedVersion: "1",
    status: "assessed",
    confidence: "65",
    rationale: "Viginum's report names Azerbaijani actors.",
    sourceIds: [fixture.source.id],
  });

  it("lets an editor change status and confidence, recording history and audit in one go", async () => {
    const after = await changeAttributionStatus(ctx.prisma(), fixture.users.editor, input());
    expect(after).toMatchObject({ status: "assessed", confidence: 65, version: 2 });
    expect(await snapshot(ctx.prisma(), fixture.claim.id)).toEqual({ status: "assessed", confidence: 65, version: 2, history: 2, audit: 1 });
    const change = await ctx.prisma().attributionChange.findFirstOrThrow({
      where: { attributionId: fixture.claim.id, version: 2 },
      include: { sources: true },
    });
    expect(change).toMatchObject({ fromStatus: "suspected", toStatus: "assessed", fromConfidence: 40, toConfidence: 65, changedById: fixture.users.editor.userId });
    expect(change.sources.map((link) => link.sourceId)).toEqual([fixture.source.id]);
    const audit = await ctx.prisma().auditLog.findFirstOrThrow({ where: { entityId: fixture.claim.id } });
    expect(JSON.parse(audit.before!)).toMatchObject({ status: "suspected", confidence: 40, version: 1 });
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "assessed", confidence: 65, version: 2 });
  });

  it.each(["viewer", "analyst"] as const)("refuses a %s and changes nothing", async (role) => {
    await expect(changeAttributionStatus(ctx.prisma(), fixture.users[role], input())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(ctx.prisma(), fixture.claim.id)).toEqual({ status: "suspected", confidence: 40, version: 1, history: 1, audit: 0 });
  });

  it("refuses nobody signed in", async () => {
    await expect(changeAttributionStatus(ctx.prisma(), null as unknown as Principal, input())).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("gives the second of two editors saving the same version a conflict, and keeps the first save", async () => {
    await changeAttributionStatus(ctx.prisma(), fixture.users.editor, input());
    const second = changeAttributionStatus(ctx.prisma(), fixture.users.admin, { ...input(), status: "disputed", confidence: "30" });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow(/version 2: assessed, confidence 65/);
    expect(await snapshot(ctx.prisma(), fixture.claim.id)).toEqual({ status: "assessed", confidence: 65, version: 2, history: 2, audit: 1 });
  });

  it.each([
    ["no source", { sourceIds: [] }, "sourceIds"],
    ["an unknown source", { sourceIds: ["nope"] }, "sourceIds"],
    ["a missing confidence", { confidence: null }, "confidence"],
    ["a confidence over 100", { confidence: "101" }, "confidence"],
    ["a short rationale", { rationale: "because" }, "rationale"],
    ["an unknown status", { status: "proven" }, "status"],
    ["no change at all", { status: "suspected", confidence: "40" }, "status"],
  ])("rejects %s with a field error and changes nothing", async (_label, patch, field) => {
    const attempt = changeAttributionStatus(ctx.prisma(), fixture.users.editor, { ...input(), ...patch });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await attempt.catch((error: ValidationError) => expect(Object.keys(error.fieldErrors)).toContain(field));
    expect(await snapshot(ctx.prisma(), fixture.claim.id)).toEqual({ status: "suspected", confidence: 40, version: 1, history: 1, audit: 0 });
  });
});
