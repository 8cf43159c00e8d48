import "server-only";
import { z } from "zod";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { wholeNumber } from "../validation/form-fields.ts";
import { ATTRIBUTION_STATUSES } from "./status.ts";

export const changeStatusInput = z.object({
  attributionId: z.string().min(1),
  /** The version the editor read; a save against any other version is a conflict. */
  expectedVersion: wholeNumber("Version", 1, Number.MAX_SAFE_INTEGER),
  status: z.enum(ATTRIBUTION_STATUSES, { error: "Choose a status" }),
  confidence: wholeNumber("Confidence", 0, 100),
  rationale: z.string().trim().min(10, "Explain the change in at least 10 characters").max(5000),
  sourceIds: z.array(z.string().min(1), { error: "Cite at least one source" }).min(1, "Cite at least one source"),
});

export type ChangeStatusInput = z.input<typeof changeStatusInput>;

const claimState = { id: true, status: true, confidence: true, version: true, rationale: true } as const;

/**
 * Moves an attribution claim to a status and/or confidence, with a rationale and sources.
 * Optimistic concurrency: the update only applies to the version the editor read, so two
 * editors saving at once cannot overwrite each other; the second gets a ConflictError
 * carrying the newer state. The history entry and the audit entry commit with the change.
 */
export async function changeAttributionStatus(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "attribution:change-status");
  const parsed = changeStatusInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError("Invalid change", z.flattenError(parsed.error).fieldErrors);
  const input = parsed.data;

  return prisma.$transaction(async (tx) => {
    const before = await tx.attribution.findUnique({ where: { id: input.attributionId }, select: claimState });
    if (!before) throw new NotFoundError(`No attribution claim ${input.attributionId}`);
    if (before.status === input.status && before.confidence === input.confidence) {
      throw new ValidationError("Nothing changed", { status: ["Change the status or the confidence"] });
    }
    const sources = await tx.source.count({ where: { id: { in: input.sourceIds } } });
    if (sources !== new Set(input.sourceIds).size) throw new ValidationError("Unknown source", { sourceIds: ["A cited source does not exist"] });

    const nextVersion = input.expectedVersion + 1;
    const updated = await tx.attribution.updateMany({
      where: { id: input.attributionId, version: input.expectedVersion },
      data: { status: input.status, confidence: input.confidence, version: nextVersion },
    });
    if (updated.count === 0) {
      throw new ConflictError(
        `Someone saved this claim first (now version ${before.version}: ${before.status}, confidence ${before.confidence}). Review it and save again.`,
      );
    }
    const change = await tx.attributionChange.create({
      data: {
        attributionId: input.attributionId,
        version: nextVersion,
        changedById: principal.userId,
        changedAt: new Date(),
        fromStatus: before.status,
        toStatus: input.status,
        fromConfidence: before.confidence,
        toConfidence: input.confidence,
        rationale: input.rationale,
        sources: { create: [...new Set(input.sourceIds)].map((sourceId) => ({ sourceId })) },
      },
    });
    const after = { ...before, status: input.status, confidence: input.confidence, version: nextVersion };
    await writeAudit(tx, {
      userId: principal.userId,
      action: "attribution.change-status",
      entityType: "attribution",
      entityId: input.attributionId,
      before,
      after: { ...after, rationale: input.rationale, sourceIds: input.sourceIds, changeId: change.id },
    });
    return after;
  });
}
