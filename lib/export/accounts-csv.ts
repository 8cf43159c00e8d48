import "server-only";
import { Prisma, type PrismaClient } from "../db/client.ts";
import { rawDate } from "../posts/post-span.ts";
import { EXPORT_BATCH_SIZE } from "./posts-csv.ts";

export const ACCOUNTS_CSV_COLUMNS = [
  "platform",
  "handle",
  "display_name",
  "platform_account_id",
  "followers",
  "account_created_at",
  "synthetic",
  "first_seen_at",
  "networks",
  "campaign_posts",
  "first_post_at",
  "last_post_at",
] as const;

/**
 * The accounts that posted in a campaign, with their post count and first/last post there,
 * grouped by the database in keyset batches over the account id (the (campaignId, accountId)
 * index), then the batch's accounts loaded by id.
 */
export async function* campaignAccountRows(prisma: PrismaClient, campaignId: string, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<unknown[][]> {
  let after = "";
  for (;;) {
    const groups = await prisma.$queryRaw<{ accountId: string; posts: bigint | number; first: unknown; last: unknown }[]>(Prisma.sql`
      SELECT "accountId" AS "accountId", COUNT(*) AS "posts", MIN("postedAt") AS "first", MAX("postedAt") AS "last"
      FROM "Post"
      WHERE "campaignId" = ${campaignId} AND "accountId" IS NOT NULL AND "accountId" > ${after}
      GROUP BY "accountId" ORDER BY "accountId" LIMIT ${batchSize}`);
    if (groups.length === 0) return;
    const accounts = await prisma.account.findMany({
      where: { id: { in: groups.map((group) => group.accountId) } },
      include: { networks: { select: { network: { select: { slug: true } } }, orderBy: { networkId: "asc" } } },
    });
    const byId = new Map(accounts.map((account) => [account.id, account]));
    yield groups.flatMap((group) => {
      const account = byId.get(group.accountId);
      if (!account) return [];
      return [
        [
          account.platform,
          account.handle,
          account.displayName,
          account.platformAccountId,
          account.followers,
          account.accountCreatedAt,
          account.synthetic,
          account.firstSeenAt,
          account.networks.map((link) => link.network.slug).join(" | "),
          Number(group.posts),
          rawDate(group.first),
          rawDate(group.last),
        ],
      ];
    });
    if (groups.length < batchSize) return;
    after = groups[groups.length - 1]!.accountId;
  }
}
