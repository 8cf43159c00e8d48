import "server-only";
import { z } from "zod";
import type { PrismaClient, Prisma } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { RELIABILITY_GRADES, SOURCE_KINDS } from "../records/choices.ts";
import { assertUnchanged, missingIds, parseRecordInput } from "../records/record-input.ts";
import {
  choice,
  expectedUpdatedAt,
  idList,
  optionalChoice,
  optionalDay,
  optionalId,
  optionalLanguage,
  optionalUrl,
  optionalWholeNumber,
  requiredText,
} from "../validation/record-fields.ts";

const sourceFields = z.object({
  title: requiredText("a title", 500),
  publisher: requiredText("a publisher", 200),
  url: optionalUrl,
  publishedAt: optionalDay("the publication date"),
  kind: choice(SOURCE_KINDS, "a kind"),
  language: optionalLanguage,
  reliability: optionalChoice(RELIABILITY_GRADES, "a reliability grade"),
  credibility: optionalWholeNumber("credibility", 1, 6),
  bodyId: optionalId,
  /** Campaigns the source documents (its citations on their pages). */
  campaignIds: idList,
});

export const createSourceInput = sourceFields;
export const updateSourceInput = sourceFields.extend({ id: z.string({ error: "No source given" }).min(1, "No source given"), expectedUpdatedAt });
type SourceInput = z.output<typeof sourceFields>;

const sourceState = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  publishedAt: true,
  kind: true,
  language: true,
  reliability: true,
  credibility: true,
  bodyId: true,
  updatedAt: true,
  campaigns: { select: { campaignId: true } },
} as const;

async function snapshot(tx: Prisma.TransactionClient, id: string) {
  const row = await tx.source.findUnique({ where: { id }, select: sourceState });
  if (!row) return null;
  const { campaigns, ...fields } = row;
  return { ...fields, campaignIds: campaigns.map((link) => link.campaignId).sort() };
}

async function checkReferences(tx: Prisma.TransactionClient, input: SourceInput): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (input.bodyId && !(await tx.investigatingBody.findUnique({ where: { id: input.bodyId }, select: { id: true } }))) {
    errors.bodyId = ["The chosen investigating body no longer exists"];
  }
  const campaigns = await tx.campaign.findMany({ where: { id: { in: input.campaignIds } }, select: { id: true } });
  if (missingIds(input.campaignIds, campaigns).length) errors.campaignIds = ["A chosen campaign no longer exists; reload the page"];
  if (Object.keys(errors).length) throw new ValidationError("The source was not saved: check the marked fields.", errors);
}

function fields(input: SourceInput) {
  return {
    title: input.title,
    publisher: input.publisher,
    url: input.url,
    publishedAt: input.publishedAt,
    kind: input.kind,
    language: input.language,
    reliability: input.reliability,
    credibility: input.credibility,
    bodyId: input.bodyId,
  };
}

/** An analyst records an article, report or statement, graded on the Admiralty scale. */
export async function createSource(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createSourceInput, raw, "source");
  return prisma.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const created = await tx.source.create({
      data: { ...fields(input), campaigns: { create: input.campaignIds.map((campaignId) => ({ campaignId })) } },
      select: { id: true, title: true },
    });
    await writeAudit(tx, { userId: principal.userId, action: "source.create", entityType: "source", entityId: created.id, after: await snapshot(tx, created.id) });
    return created;
  });
}

/** Edits a source and the campaigns it documents; refused with a ConflictError if it changed since the form was opened. */
export async function updateSource(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateSourceInput, raw, "source");
  return prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, input.id);
    if (!before) throw new NotFoundError("This source no longer exists.");
    assertUnchanged("source", before.updatedAt, input.expectedUpdatedAt);
    await checkReferences(tx, input);
    // Conditional on the version read above, so a save racing this one cannot be overwritten.
    const updated = await tx.source.updateMany({ where: { id: input.id, updatedAt: before.updatedAt }, data: fields(input) });
    if (updated.count === 0) assertUnchanged("source", new Date(0), input.expectedUpdatedAt);
    await tx.campaignSource.deleteMany({ where: { sourceId: input.id } });
    if (input.campaignIds.length) await tx.campaignSource.createMany({ data: input.campaignIds.map((campaignId) => ({ campaignId, sourceId: input.id })) });
    const after = await snapshot(tx, input.id);
    await writeAudit(tx, { userId: principal.userId, action: "source.update", entityType: "source", entityId: input.id, before, after });
    return { id: input.id, title: input.title };
  });
}

export async function getSourceForEdit(prisma: PrismaClient, id: string) {
  return prisma.source.findUnique({ where: { id }, include: { campaigns: { select: { campaignId: true } } } });
}

/** Every source with its body and how often it is cited, newest first. */
export async function listSources(prisma: PrismaClient) {
  return prisma.source.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      publishedAt: true,
      kind: true,
      reliability: true,
      credibility: true,
      body: { select: { name: true } },
      _count: { select: { attributions: true, campaigns: true, events: true } },
    },
  });
}
