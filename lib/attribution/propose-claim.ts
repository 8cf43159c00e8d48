import "server-only";
import { z } from "zod";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { ValidationError } from "../errors.ts";
import { missingIds, parseRecordInput } from "../records/record-input.ts";
import { idList, optionalDay, optionalId, requiredId, requiredText } from "../validation/record-fields.ts";
import { wholeNumber } from "../validation/form-fields.ts";

/**
 * A new claim has no status field: every claim starts as "suspected", and only
 * changeAttributionStatus (lib/attribution/change-status.ts) moves it on.
 */
export const proposeClaimInput = z
  .object({
    campaignId: optionalId,
    networkId: optionalId,
    actorId: requiredId("the actor the claim names"),
    claimantId: requiredId("the investigating body that makes the claim"),
    confidence: wholeNumber("Confidence", 0, 100),
    rationale: requiredText("the rationale", 5000).pipe(z.string().min(10, "Explain the claim in at least 10 characters")),
    claimedAt: optionalDay("the claim date"),
    sourceIds: idList.pipe(z.array(z.string()).min(1, "Cite at least one source")),
  })
  .refine((value) => Boolean(value.campaignId) !== Boolean(value.networkId), {
    message: "A claim is about one campaign or one network",
    path: ["networkId"],
  });

const INITIAL_STATUS = "suspected" as const;

/** An analyst proposes that a campaign or a network is attributed to an actor, as suspected. */
export async function proposeAttributionClaim(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "attribution:propose");
  const input = parseRecordInput(proposeClaimInput, raw, "claim");
  return prisma.$transaction(async (tx) => {
    const [campaign, network, actor, claimant, sources] = await Promise.all([
      input.campaignId ? tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true, slug: true } }) : null,
      input.networkId ? tx.network.findUnique({ where: { id: input.networkId }, select: { id: true, slug: true } }) : null,
      tx.actor.findUnique({ where: { id: input.actorId }, select: { id: true } }),
      tx.investigatingBody.findUnique({ where: { id: input.claimantId }, select: { id: true } }),
      tx.source.findMany({ where: { id: { in: input.sourceIds } }, select: { id: true } }),
    ]);
    const errors: Record<string, string[]> = {};
    if (input.campaignId && !campaign) errors.campaignId = ["This campaign no longer exists"];
    if (input.networkId && !network) errors.networkId = ["This network no longer exists"];
    if (!actor) errors.actorId = ["The chosen actor no longer exists"];
    if (!claimant) errors.claimantId = ["The chosen investigating body no longer exists"];
    if (missingIds(input.sourceIds, sources).length) errors.sourceIds = ["A cited source no longer exists; reload the page"];
    if (Object.keys(errors).length) throw new ValidationError("The claim was not saved: check the marked fields.", errors);

    const now = new Date();
    const sourceLinks = input.sourceIds.map((sourceId) => ({ sourceId }));
    const created = await tx.attribution.create({
      data: {
        campaignId: input.campaignId,
        networkId: input.networkId,
        actorId: input.actorId,
        claimantId: input.claimantId,
        confidence: input.confidence,
        status: INITIAL_STATUS,
        rationale: input.rationale,
        claimedAt: input.claimedAt,
        version: 1,
        createdById: principal.userId,
        sources: { create: sourceLinks },
        // The claim's history starts with its creation (from* fields null), as change-status expects.
        history: {
          create: {
            version: 1,
            changedById: principal.userId,
            changedAt: now,
            toStatus: INITIAL_STATUS,
            toConfidence: input.confidence,
            rationale: input.rationale,
            sources: { create: sourceLinks },
          },
        },
      },
      select: { id: true, campaignId: true, networkId: true, actorId: true, claimantId: true, confidence: true, status: true, rationale: true, claimedAt: true, version: true },
    });
    await writeAudit(tx, {
      userId: principal.userId,
      action: "attribution.create",
      entityType: "attribution",
      entityId: created.id,
      after: { ...created, sourceIds: input.sourceIds },
    });
    return { ...created, campaignSlug: campaign?.slug ?? null, networkSlug: network?.slug ?? null };
  });
}
