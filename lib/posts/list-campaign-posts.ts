import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { PAGE_SIZE } from "../validation/pagination.ts";

/** One page of a campaign's posts, newest first, with their authors. */
export async function listCampaignPosts(prisma: PrismaClient, campaignId: string, page: number, pageSize = PAGE_SIZE) {
  const [total, posts] = await Promise.all([
    prisma.post.count({ where: { campaignId } }),
    prisma.post.findMany({
      where: { campaignId },
      orderBy: [{ postedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { account: { select: { handle: true, displayName: true, synthetic: true } } },
    }),
  ]);
  return { total, posts, page, pageSize };
}
