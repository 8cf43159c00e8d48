import "server-only";
import type { PrismaClient } from "../db/client.ts";

/** Campaigns as options for pickers (sources, networks, events). */
export async function listCampaignOptions(prisma: PrismaClient) {
  const campaigns = await prisma.campaign.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }));
}

/** Id, slug and name of a campaign, or null: for the pages that add records to it. */
export async function getCampaignRef(prisma: PrismaClient, slug: string) {
  return prisma.campaign.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
}
