import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as exportAccounts } from "@/app/api/v1/campaigns/[slug]/exports/accounts.csv/route.ts";
import { GET as exportAttributions } from "@/app/api/v1/campaigns/[slug]/exports/attributions.csv/route.ts";
import { GET as exportPosts } from "@/app/api/v1/campaigns/[slug]/exports/posts.csv/route.ts";
import { importFromRequest } from "@/lib/api/import-request.ts";
import { disconnectDb } from "@/lib/db/client.ts";
import { campaignPostRows, POSTS_CSV_COLUMNS } from "@/lib/export/posts-csv.ts";
import { readCsvRecords } from "@/lib/import/csv-reader.ts";
import { importPosts } from "@/lib/import/import-posts.ts";
import { SYSTEM_ACTOR } from "@/lib/users/system-actor.ts";
import { createTestDatabase, withTestDatabases } from "../helpers/test-databases.ts";
import { apiRequest, createApiWorld, params, pointRoutesAt, type ApiWorld } from "../helpers/api-world.ts";

/**
 * The streamed CSV exports: posts.csv in the import format (an export re-imports into another
 * database with the same count and values), formula-looking text defused, keyset batches
 * that neither skip nor repeat posts sharing a timestamp; accounts and claims as documented.
 */

async function* bytesOf(text: string): AsyncGenerator<string> {
  yield text;
}

async function csvRows(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const record of readCsvRecords(bytesOf(text))) rows.push(record.fields);
  return rows;
}

withTestDatabases((ctx) => {
  let world: ApiWorld;
  beforeAll(async () => {
    await pointRoutesAt(ctx.target());
    world = await createApiWorld(ctx.prisma());
  });
  afterAll(async () => {
    await disconnectDb();
  });

  it("posts.csv re-imports into another database: same count, same values; formulas defused", async () => {
    const response = await exportPosts(apiRequest(`/api/v1/campaigns/${world.campaignSlug}/exports/posts.csv`, world.tokens.viewer), params({ slug: world.campaignSlug }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`${world.campaignSlug}-posts.csv`);
    const text = await response.text();
    const rows = await csvRows(text);
    expect(rows[0]).toEqual([...POSTS_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(world.postCount);
    // No text cell may start a spreadsheet formula; the hostile ones carry an apostrophe.
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(text).toContain(`'@SUM(A1:A2)`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);

    const other = await createTestDatabase(ctx.provider);
    try {
      await other.prisma.campaign.create({ data: { slug: "copy", name: "Copy", summary: "re-imported" } });
      const report = await importPosts(other.prisma, { provider: ctx.provider, actor: SYSTEM_ACTOR, campaignSlug: "copy", source: bytesOf(text), format: "auto" });
      expect(report).toMatchObject({ stored: true, format: "csv", inserted: world.postCount, rejected: 0, duplicates: 0 });
      const [original, copied] = await Promise.all(
        [ctx.prisma(), other.prisma].map((prisma) =>
          prisma.post.findMany({
            where: { campaign: { slug: prisma === other.prisma ? "copy" : world.campaignSlug } },
            orderBy: { platformPostId: "asc" },
            select: { platform: true, platformPostId: true, postedAt: true, text: true, language: true, url: true, likeCount: true, shareCount: true, replyCount: true, viewCount: true, isRepost: true, doctoredMedia: true, mediaHash: true, account: { select: { handle: true, followers: true, platformAccountId: true, accountCreatedAt: true } } },
          }),
        ),
      );
      // Identical but for the apostrophe that defuses formula-looking text.
      const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      expect(copied).toEqual(original!.map((post) => ({ ...post, text: defuse(post.text) })));
    } finally {
      await other.drop();
    }
  });

  it("re-importing the export through the API into the same database finds only duplicates", async () => {
    const text = await (await exportPosts(apiRequest(`/api/v1/campaigns/${world.campaignSlug}/exports/posts.csv`, world.tokens.viewer), params({ slug: world.campaignSlug }))).text();
    const request = apiRequest(`/api/v1/campaigns/${world.emptyCampaignSlug}/imports`, world.tokens.analyst, { method: "POST", body: text });
    const response = await importFromRequest(ctx.prisma(), { ...world.users.analyst, email: "a@api.test", name: "a" }, world.emptyCampaignSlug, request);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ stored: true, inserted: 0, duplicates: world.postCount, rejected: 0 });
  });

  it("the import route refuses a body over the limit (413) and a bad file (422), storing nothing", async () => {
    const before = await ctx.prisma().post.count();
    const big = `platform,platform_post_id,posted_at,text\n${"x,big-1,2024-07-01T10:00:00Z,aaaa\n".repeat(50)}`;
    const user = { ...world.users.analyst, email: "a@api.test", name: "a" };
    const tooLarge = await importFromRequest(ctx.prisma(), user, world.emptyCampaignSlug, apiRequest("/x", null, { method: "POST", body: big }), 200);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: "payload_too_large" } });
    const bad = await importFromRequest(ctx.prisma(), user, world.emptyCampaignSlug, apiRequest("/x", null, { method: "POST", body: "platform;text\nx;y\n" }));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ stored: false, error: { code: "wrong-delimiter" } });
    expect(await ctx.prisma().post.count()).toBe(before);
  });

  it("keyset batches neither skip nor repeat posts that share a timestamp", async () => {
    const prisma = ctx.prisma();
    const campaign = await prisma.campaign.create({ data: { slug: `ties-${world.tag}`, name: "Ties", summary: "same second" } });
    const at = new Date("2024-08-01T12:00:00Z");
    for (let index = 0; index < 7; index++) {
      await prisma.post.create({ data: { campaignId: campaign.id, platform: "telegram", platformPostId: `tie-${world.tag}-${index}`, text: `t${index}`, postedAt: index < 5 ? at : new Date(at.getTime() + index * 1000) } });
    }
    const seen: string[] = [];
    let batches = 0;
    for await (const batch of campaignPostRows(prisma, campaign.id, 2)) {
      batches++;
      expect(batch.length).toBeLessThanOrEqual(2);
      seen.push(...batch.map((row) => String(row[1])));
    }
    expect(batches).toBe(4);
    expect(new Set(seen).size).toBe(7);
    expect(seen.length).toBe(7);
  });

  it("accounts.csv lists each account that posted, with its count and networks", async () => {
    const response = await exportAccounts(apiRequest(`/api/v1/campaigns/${world.campaignSlug}/exports/accounts.csv`, world.tokens.viewer), params({ slug: world.campaignSlug }));
    expect(response.status).toBe(200);
    const rows = await csvRows(await response.text());
    const header = rows[0]!;
    const records = rows.slice(1).map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
    expect(records).toHaveLength(2);
    const alice = records.find((record) => record.handle === `alice_${world.tag}`);
    expect(alice).toMatchObject({ platform: "x", campaign_posts: "3", networks: `net-${world.tag}`, followers: "10", first_post_at: "2024-05-15T08:00:00.000Z" });
    const bob = records.find((record) => record.handle === `bob_${world.tag}`);
    expect(bob).toMatchObject({ platform: "facebook", campaign_posts: "3", display_name: `'=HYPERLINK("http://evil")` });
  });

  it("attributions.csv has each claim with status, confidence, claimant, actor and sources", async () => {
    const response = await exportAttributions(apiRequest(`/api/v1/campaigns/${world.campaignSlug}/exports/attributions.csv`, world.tokens.viewer), params({ slug: world.campaignSlug }));
    const rows = await csvRows(await response.text());
    const header = rows[0]!;
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(header.map((name, index) => [name, rows[1]![index]]));
    expect(record).toMatchObject({
      id: world.claimId,
      status: "assessed",
      confidence: "60",
      confidence_words: "likely",
      actor: "Azerbaijan",
      claimant: "Viginum",
      sources: "Viginum: Report",
      source_urls: "https://example.org/report",
      version: "2",
      last_changed_by: `editor ${world.tag}`,
      responses: "Azerbaijan (strongly_disagree): Baseless",
    });
  });

  it("an unknown campaign is a 404, not an empty file", async () => {
    const response = await exportPosts(apiRequest("/api/v1/campaigns/nope/exports/posts.csv", world.tokens.viewer), params({ slug: "nope" }));
    expect(response.status).toBe(404);
  });
});
