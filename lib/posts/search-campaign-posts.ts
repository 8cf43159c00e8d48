import "server-only";
import { Prisma, type PrismaClient } from "../db/client.ts";
import type { Platform } from "../db/generated/sqlite/enums.ts";
import { PAGE_SIZE } from "../validation/pagination.ts";

/** Further filters (the API's): one platform, and a range (`from` inclusive, `to` exclusive). */
export interface PostFilters {
  platform?: Platform;
  from?: Date;
  to?: Date;
}

/** Escapes LIKE's wildcards so a search for "100%" means the text "100%". */
export function likePattern(query: string): string {
  return `%${query.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * One page of a campaign's posts, newest first, optionally only those whose text contains
 * `query` (case-insensitive; SQLite folds ASCII letters only) and matching `filters`. Filtered
 * and counted in the database with the same SQL on both providers; the page's rows are then
 * loaded by id.
 */
export async function searchCampaignPosts(
  prisma: PrismaClient,
  campaignId: string,
  query: string | undefined,
  page: number,
  pageSize = PAGE_SIZE,
  filters: PostFilters = {},
) {
  const conditions = [
    query ? Prisma.sql`AND LOWER("text") LIKE ${likePattern(query)} ESCAPE '\\'` : Prisma.empty,
    filters.platform ? Prisma.sql`AND "platform" = ${filters.platform}` : Prisma.empty,
    filters.from ? Prisma.sql`AND "postedAt" >= ${filters.from}` : Prisma.empty,
    filters.to ? Prisma.sql`AND "postedAt" < ${filters.to}` : Prisma.empty,
  ];
  const textFilter = Prisma.join(conditions, " ");
  const [countRows, idRows] = await Promise.all([
    prisma.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Post" WHERE "campaignId" = ${campaignId} ${textFilter}`),
    prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id" FROM "Post" WHERE "campaignId" = ${campaignId} ${textFilter}
      ORDER BY "postedAt" DESC, "id" ASC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
  ]);
  const ids = idRows.map((row) => row.id);
  const rows = await prisma.post.findMany({
    where: { id: { in: ids } },
    include: { account: { select: { handle: true, displayName: true, synthetic: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { total: Number(countRows[0]?.n ?? 0), posts: ids.flatMap((id) => byId.get(id) ?? []), page, pageSize };
}
