import "server-only";
import { Prisma, type PrismaClient } from "../db/client.ts";

/** The accounts that posted most in a campaign, counted by the database. */
export async function getTopAccounts(prisma: PrismaClient, campaignId: string, limit = 10) {
  const counts = await prisma.post.groupBy({
    by: ["accountId"],
    where: { campaignId, accountId: { not: null } },
    _count: { _all: true },
    orderBy: [{ _count: { accountId: "desc" } }, { accountId: "asc" }],
    take: limit,
  });
  const ids = counts.map((row) => row.accountId).filter((id): id is string => id !== null);
  const [accounts, distinct] = await Promise.all([
    prisma.account.findMany({
      where: { id: { in: ids } },
      include: { networks: { include: { network: { select: { name: true, slug: true } } } } },
    }),
    // One number, not every distinct id shipped to JavaScript to be counted.
    prisma.$queryRaw<{ n: bigint | number }[]>(
      Prisma.sql`SELECT COUNT(DISTINCT "accountId") AS "n" FROM "Post" WHERE "campaignId" = ${campaignId} AND "accountId" IS NOT NULL`,
    ),
  ]);
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return {
    distinctAccounts: Number(distinct[0]?.n ?? 0),
    top: counts.flatMap((row) => {
      const account = row.accountId ? byId.get(row.accountId) : undefined;
      return account ? [{ account, posts: row._count._all }] : [];
    }),
  };
}
