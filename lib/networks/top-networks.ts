import "server-only";
import { Prisma, type PrismaClient } from "../db/client.ts";

export interface NetworkPostCount {
  id: string;
  slug: string;
  name: string;
  posts: number;
  accounts: number;
}

/**
 * The networks whose accounts posted most in a campaign (a post counts once per network its
 * author belongs to). Grouped by the database; the same SQL runs on SQLite and PostgreSQL.
 */
export async function getTopNetworks(prisma: PrismaClient, campaignId: string, limit = 10): Promise<NetworkPostCount[]> {
  const rows = await prisma.$queryRaw<{ id: string; slug: string; name: string; posts: bigint | number; accounts: bigint | number }[]>(Prisma.sql`
    SELECT n."id", n."slug", n."name", COUNT(p."id") AS "posts", COUNT(DISTINCT p."accountId") AS "accounts"
    FROM "Post" p
    JOIN "NetworkAccount" na ON na."accountId" = p."accountId"
    JOIN "Network" n ON n."id" = na."networkId"
    WHERE p."campaignId" = ${campaignId}
    GROUP BY n."id", n."slug", n."name"
    ORDER BY COUNT(p."id") DESC, n."name" ASC
    LIMIT ${limit}`);
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, posts: Number(row.posts), accounts: Number(row.accounts) }));
}
