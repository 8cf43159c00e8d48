import "server-only";
import { timeOrderedId } from "./time-ordered-id.ts";
import type { Prisma } from "../db/client.ts";
import type { DatabaseProvider } from "../db/database-url.ts";
import type { Platform } from "../db/generated/sqlite/enums.ts";
import type { ImportedPost } from "./post-fields.ts";

/**
 * Rows per INSERT statement (one JSON parameter each): Prisma spends about a millisecond on any
 * statement, so fewer, larger ones. A statement also stops at MAX_TEXT_CHARS_PER_INSERT
 * characters of post text, so its JSON stays a few MB even when posts carry 100,000 characters.
 */
export const MAX_ROWS_PER_INSERT = 2_000;
const MAX_TEXT_CHARS_PER_INSERT = 4_000_000;

/** Consecutive slices of `posts` within both limits. */
function* insertChunks(posts: readonly ImportedPost[]): Generator<readonly ImportedPost[]> {
  let start = 0;
  let chars = 0;
  for (let i = 0; i < posts.length; i++) {
    const size = posts[i]!.text.length;
    if (i > start && (i - start >= MAX_ROWS_PER_INSERT || chars + size > MAX_TEXT_CHARS_PER_INSERT)) {
      yield posts.slice(start, i);
      start = i;
      chars = 0;
    }
    chars += size;
  }
  if (start < posts.length) yield posts.slice(start);
}

/**
 * Writes batches of validated posts into one campaign, each inside the transaction it is given
 * (the import's single transaction, or one per committed batch).
 * Posts already stored (same platform and platform id, in any campaign) are counted as
 * duplicates and left untouched. Accounts are matched on (platform, handle) or created;
 * an existing account keeps its first-seen display name and follower count.
 */
export class PostBatchWriter {
  /** `${platform}\0${handle}` → account id, for the accounts this import has met. */
  private readonly accountIds = new Map<string, string>();

  private tx!: Prisma.TransactionClient;

  constructor(
    private readonly campaignId: string,
    private readonly provider: DatabaseProvider,
  ) {}

  /** Account ids met in a transaction that rolled back are forgotten by starting a new writer. */
  async write(tx: Prisma.TransactionClient, posts: readonly ImportedPost[]): Promise<{ inserted: number; duplicates: number }> {
    this.tx = tx;
    let inserted = 0;
    for (const chunk of insertChunks(posts)) {
      await this.ensureAccounts(chunk);
      // Posts already stored are skipped by the unique (platform, platformPostId) index itself:
      // no lookup first, and two imports of the same file at once cannot collide.
      inserted += await insertPosts(tx, this.provider, this.campaignId, chunk, (p) =>
        p.author ? (this.accountIds.get(key(p.platform, p.author.handle)) ?? null) : null,
      );
    }
    return { inserted, duplicates: posts.length - inserted };
  }

  private async ensureAccounts(posts: readonly ImportedPost[]): Promise<void> {
    const unknown = new Map<string, ImportedPost>();
    for (const post of posts) {
      if (!post.author) continue;
      const k = key(post.platform, post.author.handle);
      if (!this.accountIds.has(k) && !unknown.has(k)) unknown.set(k, post);
    }
    if (unknown.size === 0) return;
    const wanted = [...unknown.values()];
    for (const [platform, handles] of groupByPlatform(wanted, (p) => p.author?.handle ?? "")) {
      const rows = await this.tx.account.findMany({ where: { platform, handle: { in: handles } }, select: { id: true, handle: true } });
      for (const row of rows) this.accountIds.set(key(platform, row.handle), row.id);
    }
    const missing = wanted.filter((p) => p.author && !this.accountIds.has(key(p.platform, p.author.handle)));
    if (missing.length === 0) return;
    // Same reason as for posts: Prisma's createManyAndReturn costs about 0.25 ms a row.
    const created = missing.map((p) => ({ id: timeOrderedId(), post: p }));
    await insertAccounts(this.tx, this.provider, created);
    for (const { id, post } of created) if (post.author) this.accountIds.set(key(post.platform, post.author.handle), id);
  }
}

function key(platform: Platform, id: string): string {
  return `${platform}\u0000${id}`;
}

function groupByPlatform(posts: readonly ImportedPost[], pick: (post: ImportedPost) => string): Map<Platform, string[]> {
  const groups = new Map<Platform, string[]>();
  for (const post of posts) {
    const list = groups.get(post.platform);
    if (list) list.push(pick(post));
    else groups.set(post.platform, [pick(post)]);
  }
  return groups;
}

/** A time as each provider stores Prisma DateTimes: ISO text on SQLite, timestamp(3) in UTC on PostgreSQL. */
function timeValue(provider: DatabaseProvider, at: Date): string {
  const iso = at.toISOString();
  return provider === "sqlite" ? iso.replace("Z", "+00:00") : iso.replace("T", " ").replace("Z", "");
}

function flagValue(provider: DatabaseProvider, value: boolean): boolean | number {
  return provider === "sqlite" ? (value ? 1 : 0) : value;
}

const POST_COLUMNS = ["id", "campaignId", "platform", "platformPostId", "url", "accountId", "text", "language", "postedAt", "mediaHash", "likeCount", "shareCount", "replyCount", "viewCount", "isRepost", "doctoredMedia", "synthetic", "collectedAt"];
const POST_TYPES = ["text", "text", '"Platform"', "text", "text", "text", "text", "text", "timestamp(3)", "text", "integer", "integer", "integer", "integer", "boolean", "boolean", "boolean", "timestamp(3)"];
const ACCOUNT_COLUMNS = ["id", "platform", "platformAccountId", "handle", "displayName", "accountCreatedAt", "followers", "synthetic", "firstSeenAt"];
const ACCOUNT_TYPES = ["text", '"Platform"', "text", "text", "text", "timestamp(3)", "integer", "boolean", "timestamp(3)"];

/**
 * `INSERT … SELECT` from one JSON array of rows (each row an array of the columns' values):
 * a single bound parameter, whatever the number of rows. Binding every value separately cost
 * more in Prisma's argument handling than SQLite spent inserting, and a statement per row
 * count had to be compiled again for every batch size.
 */
function insertFromJsonSql(provider: DatabaseProvider, table: string, columns: readonly string[], types: readonly string[], conflict: string): string {
  const list = columns.map((c) => `"${c}"`).join(", ");
  if (provider === "sqlite") {
    const cells = columns.map((_, i) => `value ->> ${i}`).join(", ");
    // "WHERE true" keeps SQLite from reading the upsert's ON as a join constraint.
    return `INSERT INTO "${table}" (${list}) SELECT ${cells} FROM json_each(?) WHERE true ${conflict}`;
  }
  const cells = columns.map((_, i) => `(v ->> ${i})::${types[i]}`).join(", ");
  return `INSERT INTO "${table}" (${list}) SELECT ${cells} FROM json_array_elements($1::json) AS rows(v) ${conflict}`;
}

const INSERT_POSTS_SQL = {
  sqlite: insertFromJsonSql("sqlite", "Post", POST_COLUMNS, POST_TYPES, `ON CONFLICT ("platform", "platformPostId") DO NOTHING`),
  postgresql: insertFromJsonSql("postgresql", "Post", POST_COLUMNS, POST_TYPES, `ON CONFLICT ("platform", "platformPostId") DO NOTHING`),
};
const INSERT_ACCOUNTS_SQL = {
  sqlite: insertFromJsonSql("sqlite", "Account", ACCOUNT_COLUMNS, ACCOUNT_TYPES, ""),
  postgresql: insertFromJsonSql("postgresql", "Account", ACCOUNT_COLUMNS, ACCOUNT_TYPES, ""),
};

/**
 * Inserts posts in one statement per chunk, in each provider's storage format (the same format
 * Prisma writes, so Prisma reads these rows back unchanged). Prisma's createMany costs about
 * 0.25 ms a row in its JavaScript engine; this costs a few microseconds. Ids are UUIDv7 rather
 * than Prisma's cuids: both are opaque unique strings, and these sort by creation time. Posts
 * already stored are skipped by the unique index. Returns how many rows were new.
 */
async function insertPosts(
  tx: Prisma.TransactionClient,
  provider: DatabaseProvider,
  campaignId: string,
  posts: readonly ImportedPost[],
  accountIdOf: (post: ImportedPost) => string | null,
): Promise<number> {
  const collectedAt = timeValue(provider, new Date());
  const notSynthetic = flagValue(provider, false);
  const rows = posts.map((p) => [
    timeOrderedId(), campaignId, p.platform, p.platformPostId, p.url, accountIdOf(p), p.text, p.language, timeValue(provider, p.postedAt),
    p.mediaHash, p.likeCount, p.shareCount, p.replyCount, p.viewCount, flagValue(provider, p.isRepost), flagValue(provider, p.doctoredMedia),
    notSynthetic, collectedAt,
  ]);
  return tx.$executeRawUnsafe(INSERT_POSTS_SQL[provider], JSON.stringify(rows));
}

/** New accounts, with their first-seen values (see insertPosts). */
async function insertAccounts(
  tx: Prisma.TransactionClient,
  provider: DatabaseProvider,
  accounts: readonly { id: string; post: ImportedPost }[],
): Promise<void> {
  const firstSeenAt = timeValue(provider, new Date());
  for (let start = 0; start < accounts.length; start += MAX_ROWS_PER_INSERT) {
    const rows = accounts.slice(start, start + MAX_ROWS_PER_INSERT).map(({ id, post }) => {
      const a = post.author;
      return [
        id, post.platform, a?.platformAccountId ?? null, a?.handle ?? "", a?.displayName ?? null,
        a?.accountCreatedAt ? timeValue(provider, a.accountCreatedAt) : null, a?.followers ?? null, flagValue(provider, false), firstSeenAt,
      ];
    });
    await tx.$executeRawUnsafe(INSERT_ACCOUNTS_SQL[provider], JSON.stringify(rows));
  }
}
