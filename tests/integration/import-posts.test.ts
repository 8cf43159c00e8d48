import { createReadStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors.ts";
import { importPosts, type ImportPostsOptions } from "@/lib/import/import-posts.ts";
import { SYSTEM_ACTOR } from "@/lib/users/system-actor.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const fixture = (name: string) => createReadStream(path.join(import.meta.dirname, "../fixtures/import", name));

let run = 0;

withTestDatabases(({ provider, prisma }) => {
  async function arrange() {
    run += 1;
    const db = prisma();
    const campaign = await db.campaign.create({ data: { slug: `import-${run}`, name: "Import target", summary: "…" } });
    const user = (role: Principal["role"]) =>
      db.user.create({ data: { email: `${role}-${run}@example.test`, name: role, role } }).then((u) => ({ userId: u.id, role }) satisfies Principal);
    return { db, campaign, analyst: await user("analyst"), viewer: await user("viewer") };
  }

  const importInto = (db: PrismaClient, options: Omit<ImportPostsOptions, "provider">) => importPosts(db, { provider, ...options });

  async function snapshot(db: PrismaClient) {
    return {
      posts: await db.post.count(),
      accounts: await db.account.count(),
      audit: await db.auditLog.count(),
      postIds: (await db.post.findMany({ select: { platform: true, platformPostId: true }, orderBy: { platformPostId: "asc" } })).map((p) => `${p.platform}:${p.platformPostId}`),
    };
  }

  it("imports the project's CSV, audits the summary, and a re-run inserts nothing", async () => {
    const { db, campaign, analyst } = await arrange();
    const report = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture("posts-valid.csv"), format: "csv" });
    expect(report).toMatchObject({ stored: true, error: null, rowsRead: 5, inserted: 5, duplicates: 0, rejected: 0 });
    expect(await db.post.count({ where: { campaignId: campaign.id } })).toBe(5);

    const first = await db.post.findUniqueOrThrow({ where: { platform_platformPostId: { platform: "x", platformPostId: "fake-x-0001" } }, include: { account: true } });
    expect(first).toMatchObject({ text: "Les JO de Paris sont un danger, restez chez vous", language: "fr", likeCount: 12, shareCount: 4, replyCount: 1, viewCount: 340, isRepost: false, synthetic: false });
    expect(first.postedAt.toISOString()).toBe("2024-07-20T08:15:00.000Z");
    expect(first.account).toMatchObject({ platform: "x", handle: "fake_acct_01", displayName: "Fake Account One", platformAccountId: "fake-uid-01" });
    const tg = await db.post.findUniqueOrThrow({ where: { platform_platformPostId: { platform: "telegram", platformPostId: "fake-tg-0001" } } });
    expect(tg.postedAt.toISOString()).toBe("2024-07-23T04:59:59.500Z");
    const fb = await db.post.findUniqueOrThrow({ where: { platform_platformPostId: { platform: "facebook", platformPostId: "fake-fb-0001" } } });
    expect(fb).toMatchObject({ doctoredMedia: true, mediaHash: "9f86d081884c7d659a2feaa0c55ad015" });
    expect(fb.postedAt.toISOString()).toBe("2024-07-21T08:30:00.000Z");
    // Two posts by fake_acct_01 share one account; the TikTok post has no author.
    expect(await db.account.count({ where: { handle: { in: ["fake_acct_01", "fake_page_01", "fake_channel_01"] } } })).toBe(3);
    expect(await db.post.count({ where: { campaignId: campaign.id, accountId: null } })).toBe(1);
    // Date filters (text comparison on SQLite) see the imported rows.
    expect(await db.post.count({ where: { campaignId: campaign.id, postedAt: { gte: new Date("2024-07-21T00:00:00Z") } } })).toBe(3);

    const audit = await db.auditLog.findMany({ where: { action: "posts.import", entityId: campaign.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.userId).toBe(analyst.userId);
    expect(JSON.parse(audit[0]?.after ?? "null")).toMatchObject({ campaignSlug: campaign.slug, inserted: 5, duplicates: 0, rejected: 0 });
    expect(audit[0]?.after).not.toContain("restez chez vous");

    const before = await snapshot(db);
    const again = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture("posts-valid.csv"), format: "auto" });
    expect(again).toMatchObject({ stored: true, inserted: 0, duplicates: 5, rejected: 0 });
    const after = await snapshot(db);
    expect({ ...after, audit: after.audit - 1 }).toEqual(before);
  });

  it("imports NDJSON and reports the rejected lines", async () => {
    const { db, campaign } = await arrange();
    const report = await importInto(db, { actor: SYSTEM_ACTOR, campaignSlug: campaign.slug, source: fixture("posts-valid.ndjson"), format: "ndjson" });
    expect(report).toMatchObject({ stored: true, inserted: 3, duplicates: 0, rejected: 3 });
    expect(report.rejectedRows.map((r) => [r.line, r.field])).toEqual([
      [5, "*"],
      [6, "platform"],
      [7, "platform"],
    ]);
    expect(await db.post.count({ where: { campaignId: campaign.id } })).toBe(3);
    const second = await db.post.findUniqueOrThrow({ where: { platform_platformPostId: { platform: "x", platformPostId: "fake-nd-0002" } } });
    expect(second.text).toBe('Second, with "quotes"\nand a newline');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "posts.import", entityId: campaign.id } });
    expect(audit.userId).toBeNull();
  });

  it("imports an X IO archive (detected), keeping an account's first-seen values", async () => {
    const { db, campaign, analyst } = await arrange();
    const report = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture("x-io-sample.csv"), format: "auto" });
    expect(report).toMatchObject({ stored: true, format: "x-io", inserted: 3, duplicates: 0, rejected: 1 });
    expect(report.rejectedRows[0]).toMatchObject({ line: 6, field: "posted_at" });
    const persona = await db.account.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle: "fake_io_persona_1" } } });
    expect(persona).toMatchObject({ followers: 1500, platformAccountId: "FAKEUSER0001", displayName: "Fake IO Persona" });
    expect(persona.accountCreatedAt?.toISOString()).toBe("2017-05-12T00:00:00.000Z");
    const multi = await db.post.findUniqueOrThrow({ where: { platform_platformPostId: { platform: "x", platformPostId: "900000000000000003" } } });
    expect(multi).toMatchObject({ text: "Multi-line\nfake tweet", language: "und", likeCount: 3, replyCount: 0, isRepost: false });

    const later = "tweetid,userid,user_display_name,user_screen_name,follower_count,tweet_text,tweet_time\n900000000000000099,FAKEUSER0001,Renamed,fake_io_persona_1,99999,later,2023-10-01 00:00\n";
    const second = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: Readable.from([Buffer.from(later)]), format: "x-io" });
    expect(second).toMatchObject({ stored: true, inserted: 1 });
    expect(await db.account.findUniqueOrThrow({ where: { id: persona.id } })).toMatchObject({ followers: 1500, displayName: "Fake IO Persona" });
    expect(await db.post.count({ where: { accountId: persona.id } })).toBe(3);
  });

  it("imports any CSV through a column mapping", async () => {
    const { db, campaign, analyst } = await arrange();
    const csv = "ID,When,Body\nmap-1,2024-05-01T00:00:00Z,hello\nmap-2,2024-05-01 01:00,world\n";
    const report = await importInto(db, {
      actor: analyst,
      campaignSlug: campaign.slug,
      source: Readable.from([Buffer.from(csv)]),
      format: "mapped",
      mapping: { columns: { platform_post_id: "ID", posted_at: "When", text: "Body" }, platform: "telegram" },
    });
    expect(report).toMatchObject({ stored: true, inserted: 2 });
    expect(await db.post.count({ where: { campaignId: campaign.id, platform: "telegram" } })).toBe(2);
  });

  it("refuses bad dates and in-file duplicates row by row, with exact lines", async () => {
    const { db, campaign, analyst } = await arrange();
    const dates = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture("dates.csv"), format: "csv" });
    expect(dates).toMatchObject({ stored: true, inserted: 7, rejected: 5 });
    expect(dates.rejectedRows.map((r) => r.line)).toEqual([8, 9, 10, 12, 13]);
    const times = await db.post.findMany({ where: { campaignId: campaign.id, platformPostId: { in: ["fake-dt-1", "fake-dt-2", "fake-dt-3", "fake-dt-4", "fake-dt-5", "fake-dt-6"] } } });
    expect(new Set(times.map((p) => p.postedAt.toISOString()))).toEqual(new Set(["2024-03-10T12:00:00.000Z"]));

    const dups = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture("duplicate-ids.csv"), format: "csv" });
    expect(dups).toMatchObject({ stored: true, inserted: 3, rejected: 1 });
    expect(dups.rejectedRows[0]).toMatchObject({ line: 4, field: "platform_post_id", reason: "duplicate of line 2 in this file" });

    const big = `platform,platform_post_id,posted_at,text\nx,big-1,2024-01-01T00:00:00Z,"${"a".repeat(100_001)}"\nx,big-2,2024-01-01T00:00:00Z,small\n`;
    const sized = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: Readable.from([Buffer.from(big)]), format: "csv" });
    expect(sized).toMatchObject({ stored: true, inserted: 1, rejected: 1 });
    expect(sized.rejectedRows[0]).toMatchObject({ line: 2, field: "text" });
    expect(sized.rejectedRows[0]?.raw.length).toBeLessThanOrEqual(2_001);
  });

  it("keeps a 100 kB quoted field with quotes and a newline whole, and rejects one over the limit (fixture file)", async () => {
    const { db, campaign, analyst } = await arrange();
    const report = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture("field-100kb.csv"), format: "csv" });
    expect(report).toMatchObject({ stored: true, rowsRead: 3, inserted: 2, rejected: 1 });
    expect(report.rejectedRows[0]).toMatchObject({ line: 4, field: "text", reason: expect.stringMatching(/100,?000/) });
    const long = await db.post.findUniqueOrThrow({ where: { platform_platformPostId: { platform: "x", platformPostId: "long-1" } }, select: { text: true } });
    expect(long.text.length).toBeGreaterThan(99_000);
    expect(long.text.startsWith('He said "')).toBe(true);
    expect(long.text).toContain('"\n');
  });

  it("splits a batch of long posts into statements of bounded size and stores every post", async () => {
    const { db, campaign, analyst } = await arrange();
    const long = "w".repeat(90_000);
    const lines = Array.from({ length: 60 }, (_, i) => `x,long-batch-${run}-${i},2024-05-15T10:00:00Z,${long}${i}\n`);
    const report = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: Readable.from(["platform,platform_post_id,posted_at,text\n", ...lines]), format: "csv" });
    expect(report).toMatchObject({ stored: true, inserted: 60, rejected: 0 });
    const texts = await db.post.findMany({ where: { campaignId: campaign.id }, select: { text: true } });
    expect(texts.map((t) => t.text.length).sort()).toEqual(Array.from({ length: 60 }, (_, i) => 90_000 + String(i).length).sort());
  });

  it("stores nothing on a file-level error, even after batches were written", async () => {
    const { db, campaign, analyst } = await arrange();
    for (const [name, code] of [
      ["truncated.csv", "truncated"],
      ["invalid-utf8.csv", "invalid-utf8"],
      ["semicolons.csv", "wrong-delimiter"],
    ] as const) {
      const before = await snapshot(db);
      const report = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: fixture(name), format: "csv", batchSize: 1 });
      expect(report).toMatchObject({ stored: false, inserted: 0, error: { code } });
      expect(await snapshot(db)).toEqual(before);
    }
    const missing = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: Readable.from([Buffer.from("platform,text\nx,a\n")]), format: "csv" });
    expect(missing).toMatchObject({ stored: false, error: { code: "missing-columns", line: 1 } });
  });

  it("rolls back everything when the stream fails midway", async () => {
    const { db, campaign, analyst } = await arrange();
    const before = await snapshot(db);
    async function* failing() {
      yield Buffer.from("platform,platform_post_id,posted_at,text,author_handle\n");
      for (let i = 0; i < 1_200; i++) yield Buffer.from(`x,fail-${run}-${i},2024-01-01T00:00:00Z,row ${i},fail_acct_${i % 10}\n`);
      throw new Error("connection reset while reading the upload");
    }
    const report = await importInto(db, { actor: analyst, campaignSlug: campaign.slug, source: failing(), format: "csv", batchSize: 500 });
    expect(report.rowsRead).toBe(1_200);
    expect(report).toMatchObject({ stored: false, inserted: 0, duplicates: 0, error: { code: "failed", message: expect.stringMatching(/rolled back.*connection reset/) } });
    expect(await snapshot(db)).toEqual(before);
  });

  it("requires records:write: a viewer and nobody are refused with nothing stored", async () => {
    const { db, campaign, viewer } = await arrange();
    const before = await snapshot(db);
    await expect(importInto(db, { actor: viewer, campaignSlug: campaign.slug, source: fixture("posts-valid.csv"), format: "csv" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importInto(db, { actor: null as unknown as Principal, campaignSlug: campaign.slug, source: fixture("posts-valid.csv"), format: "csv" })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(importInto(db, { actor: { ...viewer, role: "superuser" } as unknown as Principal, campaignSlug: campaign.slug, source: fixture("posts-valid.csv"), format: "csv" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(db)).toEqual(before);
  });
});
