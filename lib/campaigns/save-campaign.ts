import "server-only";
import { z } from "zod";
import type { PrismaClient, Prisma } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { CAMPAIGN_STATUSES, PLATFORMS } from "../records/choices.ts";
import { assertUnchanged, missingIds, parseRecordInput, takenError, withUniqueAsFieldError } from "../records/record-input.ts";
import { choice, expectedUpdatedAt, idList, lines, optionalDay, requiredText, slugField } from "../validation/record-fields.ts";
import { slugify } from "../validation/slug.ts";

const campaignFields = z
  .object({
    name: requiredText("a name", 200),
    slug: slugField,
    summary: requiredText("a summary", 5000),
    status: choice(CAMPAIGN_STATUSES, "a status"),
    firstSeenAt: optionalDay("first seen"),
    lastSeenAt: optionalDay("last seen"),
    targetIds: idList,
    /** New targets, one per line: "Name" or "Name | kind" (kind defaults to "other"). */
    newTargets: lines("target", 200),
    narrativeIds: idList,
    /** New narratives, one statement per line. */
    newNarratives: lines("narrative", 500),
    platforms: idList.pipe(z.array(z.enum(PLATFORMS, { error: `Platforms are among ${PLATFORMS.join(", ")}` }))),
  })
  .refine((value) => !value.firstSeenAt || !value.lastSeenAt || value.lastSeenAt >= value.firstSeenAt, {
    message: "Last seen cannot be before first seen",
    path: ["lastSeenAt"],
  });

export const createCampaignInput = campaignFields;
export const updateCampaignInput = z.intersection(
  campaignFields,
  z.object({ id: z.string({ error: "No campaign given" }).min(1, "No campaign given"), expectedUpdatedAt }),
);
type CampaignInput = z.output<typeof campaignFields>;

const SLUG_TAKEN = "Another campaign already uses this slug";

/** What the audit log records of a campaign: its fields and its links. */
async function campaignSnapshot(tx: Prisma.TransactionClient, id: string) {
  const campaign = await tx.campaign.findUnique({
    where: { id },
    include: { targets: { select: { targetId: true } }, narratives: { select: { narrativeId: true } }, platforms: { select: { platform: true } } },
  });
  if (!campaign) return null;
  const { targets, narratives, platforms, ...fields } = campaign;
  return {
    ...fields,
    targetIds: targets.map((row) => row.targetId).sort(),
    narrativeIds: narratives.map((row) => row.narrativeId).sort(),
    platforms: platforms.map((row) => row.platform).sort(),
  };
}

/** Checks the picked targets and narratives exist; creates the new ones; returns every id to link. */
async function resolveTags(tx: Prisma.TransactionClient, input: CampaignInput) {
  const [targets, narratives] = await Promise.all([
    tx.target.findMany({ where: { id: { in: input.targetIds } }, select: { id: true } }),
    tx.narrative.findMany({ where: { id: { in: input.narrativeIds } }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (missingIds(input.targetIds, targets).length) errors.targetIds = ["A chosen target no longer exists; reload the page"];
  if (missingIds(input.narrativeIds, narratives).length) errors.narrativeIds = ["A chosen narrative no longer exists; reload the page"];
  if (Object.keys(errors).length) throw new ValidationError("The campaign was not saved: check the marked fields.", errors);

  const targetIds = new Set(input.targetIds);
  for (const line of input.newTargets) {
    const [name = "", kind = ""] = line.split("|").map((part) => part.trim());
    if (!name) continue;
    const existing = await tx.target.findUnique({ where: { name }, select: { id: true } });
    const target = existing ?? (await tx.target.create({ data: { name, kind: kind || "other" }, select: { id: true } }));
    targetIds.add(target.id);
  }
  const narrativeIds = new Set(input.narrativeIds);
  for (const statement of input.newNarratives) {
    const same = await tx.narrative.findFirst({ where: { statement }, select: { id: true } });
    if (same) {
      narrativeIds.add(same.id);
      continue;
    }
    const base = slugify(statement) || "narrative";
    let slug = base;
    for (let n = 2; await tx.narrative.findUnique({ where: { slug }, select: { id: true } }); n += 1) slug = `${base}-${n}`;
    narrativeIds.add((await tx.narrative.create({ data: { slug, statement }, select: { id: true } })).id);
  }
  return { targetIds: [...targetIds], narrativeIds: [...narrativeIds] };
}

async function writeLinks(tx: Prisma.TransactionClient, campaignId: string, input: CampaignInput, tags: { targetIds: string[]; narrativeIds: string[] }) {
  await tx.campaignTarget.deleteMany({ where: { campaignId } });
  await tx.campaignNarrative.deleteMany({ where: { campaignId } });
  await tx.campaignPlatform.deleteMany({ where: { campaignId } });
  if (tags.targetIds.length) await tx.campaignTarget.createMany({ data: tags.targetIds.map((targetId) => ({ campaignId, targetId })) });
  if (tags.narrativeIds.length) await tx.campaignNarrative.createMany({ data: tags.narrativeIds.map((narrativeId) => ({ campaignId, narrativeId })) });
  const platforms = [...new Set(input.platforms)];
  if (platforms.length) await tx.campaignPlatform.createMany({ data: platforms.map((platform) => ({ campaignId, platform })) });
}

function scalarFields(input: CampaignInput) {
  return {
    name: input.name,
    slug: input.slug,
    summary: input.summary,
    status: input.status,
    firstSeenAt: input.firstSeenAt,
    lastSeenAt: input.lastSeenAt,
  };
}

/** An analyst logs a new campaign with its targets, narratives and platforms. */
export async function createCampaign(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(createCampaignInput, raw, "campaign");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        if (await tx.campaign.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw takenError("slug", SLUG_TAKEN);
        const tags = await resolveTags(tx, input);
        const created = await tx.campaign.create({ data: scalarFields(input), select: { id: true, slug: true, name: true } });
        await writeLinks(tx, created.id, input, tags);
        const after = await campaignSnapshot(tx, created.id);
        await writeAudit(tx, { userId: principal.userId, action: "campaign.create", entityType: "campaign", entityId: created.id, after });
        return created;
      }),
    "slug",
    SLUG_TAKEN,
  );
}

/**
 * Edits a campaign. The form carries the updatedAt it was rendered with; if the campaign
 * changed since, the save is refused with a ConflictError rather than overwriting.
 */
export async function updateCampaign(prisma: PrismaClient, principal: Principal, raw: unknown) {
  requirePermission(principal, "records:write");
  const input = parseRecordInput(updateCampaignInput, raw, "campaign");
  return withUniqueAsFieldError(
    () =>
      prisma.$transaction(async (tx) => {
        const before = await campaignSnapshot(tx, input.id);
        if (!before) throw new NotFoundError("This campaign no longer exists.");
        assertUnchanged("campaign", before.updatedAt, input.expectedUpdatedAt);
        const clash = await tx.campaign.findUnique({ where: { slug: input.slug }, select: { id: true } });
        if (clash && clash.id !== input.id) throw takenError("slug", SLUG_TAKEN);
        const tags = await resolveTags(tx, input);
        // Only the version the editor read is updated: a concurrent save makes this match nothing.
        const updated = await tx.campaign.updateMany({ where: { id: input.id, updatedAt: before.updatedAt }, data: scalarFields(input) });
        if (updated.count === 0) assertUnchanged("campaign", new Date(0), input.expectedUpdatedAt);
        await writeLinks(tx, input.id, input, tags);
        const after = await campaignSnapshot(tx, input.id);
        await writeAudit(tx, { userId: principal.userId, action: "campaign.update", entityType: "campaign", entityId: input.id, before, after });
        return { id: input.id, slug: input.slug, name: input.name, previousSlug: before.slug };
      }),
    "slug",
    SLUG_TAKEN,
  );
}

/** A campaign as its edit form needs it; null if none. */
export async function getCampaignForEdit(prisma: PrismaClient, slug: string) {
  return prisma.campaign.findUnique({
    where: { slug },
    include: { targets: { select: { targetId: true } }, narratives: { select: { narrativeId: true } }, platforms: { select: { platform: true } } },
  });
}

/** Targets and narratives to pick from. */
export async function listCampaignTagOptions(prisma: PrismaClient) {
  const [targets, narratives] = await Promise.all([
    prisma.target.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
    prisma.narrative.findMany({ orderBy: { statement: "asc" }, select: { id: true, statement: true } }),
  ]);
  return {
    targets: targets.map((target) => ({ value: target.id, label: `${target.name} (${target.kind})` })),
    narratives: narratives.map((narrative) => ({ value: narrative.id, label: narrative.statement })),
  };
}
