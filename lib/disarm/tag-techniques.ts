import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "../validation/field-errors.ts";
import type { Prisma, PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { techniqueIdField } from "./technique-id.ts";

/**
 * Tagging campaigns (and, finer, posts) with the DISARM techniques they show. Each change
 * needs records:write, is checked against the record it names, and is audited in the same
 * transaction. Technique ids are DISARM's external ids (T0086.003); an unknown one is a field error.
 */

const NOTE_MAX = 2000;

const noteField = z
  .preprocess((value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined), z.string({ error: "The note must be text" }).max(NOTE_MAX, `The note has at most ${NOTE_MAX.toLocaleString("en")} characters`).optional())
  .transform((value) => value ?? null);

const recordId = (label: string) => z.string({ error: `${label} is missing` }).trim().min(1, `${label} is missing`).max(200);

export const tagCampaignInput = z.object({ campaignId: recordId("Campaign"), technique: techniqueIdField, note: noteField });
export const untagCampaignInput = z.object({ campaignId: recordId("Campaign"), technique: techniqueIdField });
export const tagPostInput = z.object({ postId: recordId("Post"), technique: techniqueIdField });

function parse<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(`Invalid ${what}`, fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function findTechnique(tx: Prisma.TransactionClient, externalId: string) {
  const technique = await tx.technique.findUnique({ where: { externalId }, select: { id: true, externalId: true, name: true } });
  if (!technique) throw new ValidationError("Unknown technique", { technique: [`${externalId} is not a DISARM technique`] });
  return technique;
}

async function findCampaign(tx: Prisma.TransactionClient, campaignId: string) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true } });
  if (!campaign) throw new NotFoundError(`No campaign ${campaignId}`);
  return campaign;
}

/** Tags a campaign with a technique, with an optional note saying what shows it. */
export async function tagCampaignTechnique(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parse(tagCampaignInput, raw, "technique tag");
  return prisma.$transaction(async (tx) => {
    const campaign = await findCampaign(tx, input.campaignId);
    const technique = await findTechnique(tx, input.technique);
    const existing = await tx.campaignTechnique.findUnique({ where: { campaignId_techniqueId: { campaignId: campaign.id, techniqueId: technique.id } } });
    if (existing) throw new ValidationError("Already tagged", { technique: [`The campaign is already tagged with ${technique.externalId}`] });
    await tx.campaignTechnique.create({ data: { campaignId: campaign.id, techniqueId: technique.id, note: input.note, addedById: principal.userId } });
    await writeAudit(tx, {
      userId: principal.userId,
      action: "campaign.tag-technique",
      entityType: "campaign",
      entityId: campaign.id,
      after: { technique: technique.externalId, techniqueId: technique.id, note: input.note },
    });
    return { campaignSlug: campaign.slug, technique };
  });
}

/** Removes a campaign's technique tag. */
export async function untagCampaignTechnique(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parse(untagCampaignInput, raw, "technique tag");
  return prisma.$transaction(async (tx) => {
    const campaign = await findCampaign(tx, input.campaignId);
    const technique = await findTechnique(tx, input.technique);
    const where = { campaignId_techniqueId: { campaignId: campaign.id, techniqueId: technique.id } };
    const existing = await tx.campaignTechnique.findUnique({ where });
    if (!existing) throw new NotFoundError(`The campaign is not tagged with ${technique.externalId}`);
    await tx.campaignTechnique.delete({ where });
    await writeAudit(tx, {
      userId: principal.userId,
      action: "campaign.untag-technique",
      entityType: "campaign",
      entityId: campaign.id,
      before: { technique: technique.externalId, techniqueId: technique.id, note: existing.note, addedById: existing.addedById, addedAt: existing.addedAt },
    });
    return { campaignSlug: campaign.slug, technique };
  });
}

async function findPost(tx: Prisma.TransactionClient, postId: string) {
  const post = await tx.post.findUnique({ where: { id: postId }, select: { id: true, campaignId: true } });
  if (!post) throw new NotFoundError(`No post ${postId}`);
  return post;
}

/** Tags one post with a technique (finer than the campaign tag). */
export async function tagPostTechnique(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parse(tagPostInput, raw, "technique tag");
  return prisma.$transaction(async (tx) => {
    const post = await findPost(tx, input.postId);
    const technique = await findTechnique(tx, input.technique);
    const existing = await tx.postTechnique.findUnique({ where: { postId_techniqueId: { postId: post.id, techniqueId: technique.id } } });
    if (existing) throw new ValidationError("Already tagged", { technique: [`The post is already tagged with ${technique.externalId}`] });
    await tx.postTechnique.create({ data: { postId: post.id, techniqueId: technique.id } });
    await writeAudit(tx, { userId: principal.userId, action: "post.tag-technique", entityType: "post", entityId: post.id, after: { technique: technique.externalId, techniqueId: technique.id } });
    return { postId: post.id, technique };
  });
}

/** Removes a post's technique tag. */
export async function untagPostTechnique(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parse(tagPostInput, raw, "technique tag");
  return prisma.$transaction(async (tx) => {
    const post = await findPost(tx, input.postId);
    const technique = await findTechnique(tx, input.technique);
    const where = { postId_techniqueId: { postId: post.id, techniqueId: technique.id } };
    if (!(await tx.postTechnique.findUnique({ where }))) throw new NotFoundError(`The post is not tagged with ${technique.externalId}`);
    await tx.postTechnique.delete({ where });
    await writeAudit(tx, { userId: principal.userId, action: "post.untag-technique", entityType: "post", entityId: post.id, before: { technique: technique.externalId, techniqueId: technique.id } });
    return { postId: post.id, technique };
  });
}
