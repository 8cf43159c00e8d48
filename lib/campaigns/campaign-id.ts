import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { NotFoundError } from "../errors.ts";

/** The id of the campaign with this slug; throws NotFound. */
export async function campaignIdOf(prisma: PrismaClient, slug: string): Promise<string> {
  const campaign = await prisma.campaign.findUnique({ where: { slug }, select: { id: true } });
  if (!campaign) throw new NotFoundError(`No campaign ${slug}.`);
  return campaign.id;
}
