import "server-only";
import type { Prisma, PrismaClient } from "../db/client.ts";
import { NotFoundError } from "../errors.ts";
import { campaignIdOf } from "../campaigns/campaign-id.ts";

const sourceFields = { select: { id: true, title: true, publisher: true, url: true, publishedAt: true, kind: true, reliability: true, credibility: true } } as const;

/** A claim with who made it, against whom, its sources, its full history (with each step's sources) and the answers to it. */
const claimInclude = {
  campaign: { select: { slug: true, name: true } },
  network: { select: { slug: true, name: true } },
  actor: { select: { slug: true, name: true, kind: true, country: true } },
  claimant: { select: { slug: true, name: true, kind: true } },
  sources: { include: { source: sourceFields }, orderBy: { sourceId: "asc" } },
  history: {
    orderBy: { version: "asc" },
    include: { changedBy: { select: { name: true } }, sources: { include: { source: sourceFields }, orderBy: { sourceId: "asc" } } },
  },
  responses: { orderBy: [{ statedAt: "asc" }, { id: "asc" }], include: { actor: { select: { slug: true, name: true } }, source: sourceFields } },
} satisfies Prisma.AttributionInclude;

export type ClaimRecord = Prisma.AttributionGetPayload<{ include: typeof claimInclude }>;

/** Every claim about a campaign, strongest first; throws NotFound for an unknown slug. */
export async function listCampaignClaims(prisma: PrismaClient, slug: string): Promise<ClaimRecord[]> {
  return claimsOfCampaign(prisma, await campaignIdOf(prisma, slug));
}

/** Every claim about the campaign with this id, strongest first. */
export function claimsOfCampaign(prisma: PrismaClient, campaignId: string): Promise<ClaimRecord[]> {
  return prisma.attribution.findMany({ where: { campaignId }, orderBy: [{ confidence: "desc" }, { id: "asc" }], include: claimInclude });
}

/** One claim by id; throws NotFound. */
export async function getClaimRecord(prisma: PrismaClient, id: string): Promise<ClaimRecord> {
  const claim = await prisma.attribution.findUnique({ where: { id }, include: claimInclude });
  if (!claim) throw new NotFoundError(`No attribution ${id}.`);
  return claim;
}
