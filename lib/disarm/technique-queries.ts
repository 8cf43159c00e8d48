import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { disarmPageUrl } from "./technique-id.ts";

/** Read side of DISARM: a campaign's techniques by tactic, the picker's options, the overview's counts. */

export interface TacticSummary {
  externalId: string;
  name: string;
  url: string;
}

export interface CampaignTechniqueTag {
  externalId: string;
  name: string;
  url: string;
  isSubtechnique: boolean;
  parent: { externalId: string; name: string } | null;
  note: string | null;
  addedAt: Date;
  addedBy: string | null;
}

export interface TacticGroup<T> {
  tactic: TacticSummary;
  techniques: T[];
}

/** Groups rows already ordered by tactic into one entry per tactic, keeping the order. */
export function groupByTactic<T>(rows: readonly { tactic: TacticSummary; item: T }[]): TacticGroup<T>[] {
  const groups: TacticGroup<T>[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.tactic.externalId === row.tactic.externalId) last.techniques.push(row.item);
    else groups.push({ tactic: row.tactic, techniques: [row.item] });
  }
  return groups;
}

const tacticSelect = { externalId: true, name: true, url: true } as const;
const toTactic = (tactic: { externalId: string; name: string; url: string | null }): TacticSummary => ({
  externalId: tactic.externalId,
  name: tactic.name,
  url: tactic.url ?? disarmPageUrl(tactic.externalId),
});

/** A campaign's techniques grouped by tactic, in DISARM's matrix order, then by technique id. */
export async function listCampaignTechniques(prisma: PrismaClient, campaignId: string): Promise<TacticGroup<CampaignTechniqueTag>[]> {
  const tags = await prisma.campaignTechnique.findMany({
    where: { campaignId },
    orderBy: [{ technique: { tactic: { position: "asc" } } }, { technique: { externalId: "asc" } }],
    select: {
      note: true,
      addedAt: true,
      addedBy: { select: { name: true } },
      technique: {
        select: {
          externalId: true,
          name: true,
          url: true,
          isSubtechnique: true,
          parent: { select: { externalId: true, name: true } },
          tactic: { select: tacticSelect },
        },
      },
    },
  });
  return groupByTactic(
    tags.map(({ technique, note, addedAt, addedBy }) => ({
      tactic: toTactic(technique.tactic),
      item: {
        externalId: technique.externalId,
        name: technique.name,
        url: technique.url ?? disarmPageUrl(technique.externalId),
        isSubtechnique: technique.isSubtechnique,
        parent: technique.parent,
        note,
        addedAt,
        addedBy: addedBy?.name ?? null,
      },
    })),
  );
}

export interface TechniqueOption {
  externalId: string;
  name: string;
  isSubtechnique: boolean;
}

/** Every DISARM technique grouped by tactic, for the tagging form's picker. */
export async function listTechniqueOptions(prisma: PrismaClient): Promise<TacticGroup<TechniqueOption>[]> {
  const techniques = await prisma.technique.findMany({
    orderBy: [{ tactic: { position: "asc" } }, { externalId: "asc" }],
    select: { externalId: true, name: true, isSubtechnique: true, tactic: { select: tacticSelect } },
  });
  return groupByTactic(techniques.map(({ tactic, ...item }) => ({ tactic: toTactic(tactic), item })));
}

/** Every known technique id: the whitelist the overview's technique filter is checked against. */
export async function listTechniqueIds(prisma: PrismaClient): Promise<string[]> {
  return (await prisma.technique.findMany({ select: { externalId: true }, orderBy: { externalId: "asc" } })).map((row) => row.externalId);
}

export interface TechniqueUsage {
  externalId: string;
  name: string;
  tactic: string;
  /** Campaigns tagged with the technique or any of its sub-techniques. */
  campaigns: number;
}

/**
 * The techniques campaigns use, each with the number of campaigns tagged with it or one of its
 * sub-techniques (the overview filter's meaning), counted by the database, in matrix order.
 */
export async function getTechniqueUsage(prisma: PrismaClient): Promise<TechniqueUsage[]> {
  const rows = await prisma.$queryRaw<{ externalId: string; name: string; tactic: string; campaigns: bigint | number }[]>`
    SELECT t."externalId" AS "externalId", t."name" AS "name", ta."externalId" AS "tactic", COUNT(DISTINCT ct."campaignId") AS "campaigns"
    FROM "Technique" AS t
    JOIN "Tactic" AS ta ON ta."id" = t."tacticId"
    JOIN "Technique" AS used ON used."id" = t."id" OR used."parentId" = t."id"
    JOIN "CampaignTechnique" AS ct ON ct."techniqueId" = used."id"
    GROUP BY t."externalId", t."name", ta."externalId", ta."position"
    ORDER BY ta."position" ASC, t."externalId" ASC`;
  return rows.map((row) => ({ ...row, campaigns: Number(row.campaigns) }));
}

/** Ids of the campaigns tagged with a technique or any of its sub-techniques. */
export async function campaignIdsUsingTechnique(prisma: PrismaClient, externalId: string): Promise<string[]> {
  const rows = await prisma.campaignTechnique.findMany({
    where: { technique: { OR: [{ externalId }, { parent: { externalId } }] } },
    select: { campaignId: true },
    distinct: ["campaignId"],
  });
  return rows.map((row) => row.campaignId);
}
