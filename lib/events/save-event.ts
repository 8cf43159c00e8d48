import "server-only";
import { z } from "zod";
import type { PrismaClient, Prisma } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { DATE_PRECISIONS } from "../records/choices.ts";
import { missingIds, parseRecordInput } from "../records/record-input.ts";
import { choice, idList, optionalId, optionalText, requiredDay, requiredText } from "../validation/record-fields.ts";

type Precision = (typeof DATE_PRECISIONS)[number];

/** "In May 2024" is stored as 1 May 2024; a quarter as its first day; a year as 1 January. */
export function startOfPeriod(date: Date, precision: Precision): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (precision) {
    case "year":
      return new Date(Date.UTC(y, 0, 1));
    case "quarter":
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case "month":
      return new Date(Date.UTC(y, m, 1));
    default:
      return date;
  }
}

const eventFields = z.object({
  occurredAt: requiredDay("the date"),
  datePrecision: choice(DATE_PRECISIONS, "how precise the date is"),
  title: requiredText("a title", 300),
  description: optionalText("the description", 5000),
  location: optionalText("the location", 200),
  campaignId: optionalId,
  sourceIds: idList.pipe(z.array(z.string()).min(1, "Cite at least one source")),
});

export const createEventInput = eventFields;
export const updateEventInput = eventFields.extend({ id: z.string({ error: "No event given" }).min(1, "No event given") });
type EventInput = z.output<typeof eventFields>;

async function snapshot(tx: Prisma.TransactionClient, id: string) {
  const event = await tx.event.findUnique({ where: { id }, include: { sources: { select: { sourceId: true } } } });
  if (!event) return null;
  const { sources, ...fields } = event;
  return { ...fields, sourceIds: sources.map((l) => l.sourceId).sort() };
}

async function checkReferences(tx: Prisma.TransactionClient, input: EventInput) {
  const errors: Record<string, string[]> = {};
  if (input.campaignId && !(await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }))) {
    errors.campaignId = ["The chosen campaign no longer exists"];
  }
  const sources = await tx.source.findMany({ where: { id: { in: input.sourceIds } }, select: { id: true } });
  if (missingIds(input.sourceIds, sources).length) errors.sourceIds = ["A cited source no longer exists; reload the page"];
  if (Object.keys(errors).length) throw new ValidationError("The event was not saved: check the marked fields.", errors);
}

function fields(input: EventInput) {
  return {
    occurredAt: startOfPeriod(input.occurredAt, input.datePrecision),
    datePrecision: input.datePrecision,
    title: input.title,
    description: input.description,
    location: input.location,
    campaignId: input.campaignId,
  };
}

async function campaignSlug(tx: Prisma.TransactionClient, campaignId: string | null) {
  return campaignId ? ((await tx.campaign.findUnique({ where: { id: campaignId }, select: { slug: true } }))?.slug ?? null) : null;
}

/** An analyst adds a dated happening to the timeline, citing its sources. */
export async function createEvent(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createEventInput, raw, "event");
  return prisma.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const created = await tx.event.create({ data: { ...fields(input), sources: { create: input.sourceIds.map((sourceId) => ({ sourceId })) } }, select: { id: true } });
    await writeAudit(tx, { userId: principal.userId, action: "event.create", entityType: "event", entityId: created.id, after: await snapshot(tx, created.id) });
    return { id: created.id, campaignSlug: await campaignSlug(tx, input.campaignId) };
  });
}

/** Edits an event and its sources (no updatedAt on events: the last save wins). */
export async function updateEvent(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateEventInput, raw, "event");
  return prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, input.id);
    if (!before) throw new NotFoundError("This event no longer exists.");
    await checkReferences(tx, input);
    await tx.event.update({ where: { id: input.id }, data: fields(input) });
    await tx.eventSource.deleteMany({ where: { eventId: input.id } });
    await tx.eventSource.createMany({ data: input.sourceIds.map((sourceId) => ({ eventId: input.id, sourceId })) });
    const after = await snapshot(tx, input.id);
    await writeAudit(tx, { userId: principal.userId, action: "event.update", entityType: "event", entityId: input.id, before, after });
    return { id: input.id, campaignSlug: await campaignSlug(tx, input.campaignId), previousCampaignSlug: await campaignSlug(tx, before.campaignId) };
  });
}

export async function getEventForEdit(prisma: PrismaClient, id: string) {
  return prisma.event.findUnique({ where: { id }, include: { sources: { select: { sourceId: true } } } });
}
