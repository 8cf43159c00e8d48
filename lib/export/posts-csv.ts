import "server-only";
import { Prisma, type PrismaClient } from "../db/client.ts";
import { IMPORT_FIELDS } from "../import/post-fields.ts";
import { rawDate } from "../posts/post-span.ts";

/**
 * Columns of posts.csv: the project's import columns (docs/import-format.md) in their order,
 * so an export can be imported again, then `synthetic`, which the importer ignores.
 */
export const POSTS_CSV_COLUMNS = [...IMPORT_FIELDS, "synthetic"] as const;

export const EXPORT_BATCH_SIZE = 2_000;

interface RawPostRow {
  id: string;
  platform: string;
  platformPostId: string;
  /** The stored value as the driver returns it (SQLite: ISO text; PostgreSQL: Date), reused as the cursor. */
  postedAt: unknown;
  text: string;
  language: string | null;
  url: string | null;
  likeCount: number | bigint;
  shareCount: number | bigint;
  replyCount: number | bigint;
  viewCount: number | bigint | null;
  isRepost: boolean | number | bigint;
  mediaHash: string | null;
  doctoredMedia: boolean | number | bigint;
  synthetic: boolean | number | bigint;
  handle: string | null;
  displayName: string | null;
  platformAccountId: string | null;
  followers: number | bigint | null;
  accountCreatedAt: unknown;
}

/** SQLite gives 0/1 for booleans and may give bigints; PostgreSQL gives booleans and numbers. */
const flag = (value: boolean | number | bigint): boolean => (typeof value === "boolean" ? value : Number(value) !== 0);
const count = (value: number | bigint | null): number | null => (value === null ? null : Number(value));

/**
 * One batch after `cursor` by keyset over (postedAt, id): "postedAt >= t AND NOT (postedAt = t
 * AND id <= last)" lets both databases seek the (campaignId, postedAt) index to t and sort only
 * ties by id, so the last batch of a million posts costs what the first does. Raw SQL with the
 * account joined: Prisma's model mapping was most of the time per row.
 */
function postBatch(prisma: PrismaClient, campaignId: string, cursor: { postedAt: unknown; id: string } | null, take: number) {
  const after = cursor
    ? Prisma.sql`AND p."postedAt" >= ${cursor.postedAt} AND NOT (p."postedAt" = ${cursor.postedAt} AND p."id" <= ${cursor.id})`
    : Prisma.empty;
  return prisma.$queryRaw<RawPostRow[]>(Prisma.sql`
    SELECT p."id", p."platform", p."platformPostId", p."postedAt", p."text", p."language", p."url",
           p."likeCount", p."shareCount", p."replyCount", p."viewCount", p."isRepost", p."mediaHash",
           p."doctoredMedia", p."synthetic",
           a."handle", a."displayName", a."platformAccountId", a."followers", a."accountCreatedAt"
    FROM "Post" AS p LEFT JOIN "Account" AS a ON a."id" = p."accountId"
    WHERE p."campaignId" = ${campaignId} ${after}
    ORDER BY p."postedAt" ASC, p."id" ASC
    LIMIT ${take}`);
}

/** A campaign's posts as posts.csv rows, oldest first, `batchSize` at a time. */
export async function* campaignPostRows(prisma: PrismaClient, campaignId: string, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<unknown[][]> {
  let cursor: { postedAt: unknown; id: string } | null = null;
  for (;;) {
    const posts = await postBatch(prisma, campaignId, cursor, batchSize);
    if (posts.length === 0) return;
    yield posts.map((post) => [
      post.platform,
      post.platformPostId,
      rawDate(post.postedAt),
      post.text,
      post.language,
      post.url,
      post.handle,
      post.displayName,
      post.platformAccountId,
      count(post.followers),
      rawDate(post.accountCreatedAt),
      count(post.likeCount),
      count(post.shareCount),
      count(post.replyCount),
      count(post.viewCount),
      flag(post.isRepost),
      post.mediaHash,
      flag(post.doctoredMedia),
      flag(post.synthetic),
    ]);
    if (posts.length < batchSize) return;
    const last = posts[posts.length - 1]!;
    cursor = { postedAt: last.postedAt, id: last.id };
  }
}
