import "server-only";
import { Prisma, type PrismaClient } from "../db/client.ts";

/**
 * A timestamp read back from raw SQL: PostgreSQL's adapter gives a Date, SQLite's gives the
 * stored ISO text (MIN/MAX of a column lose its declared type). null stays null.
 */
export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "string" || typeof value === "number") return new Date(value);
  throw new Error(`unexpected timestamp ${String(value)}`);
}

/**
 * First and last "postedAt" of the posts matching `conditions` (raw SQL over "Post", joined
 * by AND). Each bound is its own scalar subquery, so both databases answer it from an index
 * on (filters..., postedAt) by reading one entry, where Prisma's `_min`/`_max` aggregate
 * wraps the whole filter in a LIMIT/OFFSET subquery that scans every matching row.
 */
export async function getPostSpan(prisma: PrismaClient, conditions: Prisma.Sql[]): Promise<{ first: Date | null; last: Date | null }> {
  const where = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`;
  const rows = await prisma.$queryRaw<{ first: unknown; last: unknown }[]>`
    SELECT (SELECT MIN("postedAt") FROM "Post" WHERE ${where}) AS "first",
           (SELECT MAX("postedAt") FROM "Post" WHERE ${where}) AS "last"`;
  return { first: rawDate(rows[0]?.first), last: rawDate(rows[0]?.last) };
}
