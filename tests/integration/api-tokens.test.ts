import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as listCampaigns } from "@/app/api/v1/campaigns/route.ts";
import { POST as importPosts } from "@/app/api/v1/campaigns/[slug]/imports/route.ts";
import { authenticateApiToken, LAST_USED_WRITE_INTERVAL_MS } from "@/lib/api-tokens/authenticate-token.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/api-tokens/manage-tokens.ts";
import { hashTokenSecret } from "@/lib/api-tokens/token-secret.ts";
import { disconnectDb } from "@/lib/db/client.ts";
import { NotFoundError, UnauthorizedError } from "@/lib/errors.ts";
import { updateUser } from "@/lib/users/update-user.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";
import { apiRequest, createApiWorld, params, pointRoutesAt, type ApiWorld } from "../helpers/api-world.ts";

/**
 * Personal API tokens against the real route handlers: the token's user's current role, not
 * the one at creation, decides; revoked, expired and unknown tokens get 401 with a Bearer
 * challenge; the secret exists nowhere in the database, hashed only.
 */
withTestDatabases((ctx) => {
  let world: ApiWorld;
  beforeAll(async () => {
    await pointRoutesAt(ctx.target());
    world = await createApiWorld(ctx.prisma());
  });
  afterAll(async () => {
    await disconnectDb();
  });

  async function expect401(response: Response) {
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="campaign-tracker"/);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe("unauthorized");
  }

  it("a valid token reads the API as its user", async () => {
    const response = await listCampaigns(apiRequest("/api/v1/campaigns", world.tokens.viewer));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { campaigns: { slug: string; postCount: number }[] };
    expect(body.campaigns.find((campaign) => campaign.slug === world.campaignSlug)?.postCount).toBe(world.postCount);
  });

  it("no token, a malformed header and an unknown token are 401", async () => {
    await expect401(await listCampaigns(apiRequest("/api/v1/campaigns", null)));
    await expect401(await listCampaigns(new Request("http://localhost/api/v1/campaigns", { headers: { authorization: "Basic dXNlcjpwYXNz" } })));
    await expect401(await listCampaigns(apiRequest("/api/v1/campaigns", `ctk_${"A".repeat(43)}`)));
    await expect401(await listCampaigns(apiRequest("/api/v1/campaigns", "not-a-token")));
  });

  it("a revoked token is 401 from the next request on", async () => {
    const { token, secret } = await createApiToken(ctx.prisma(), world.users.analyst, { name: "to revoke", expiresInDays: "30" });
    expect((await listCampaigns(apiRequest("/api/v1/campaigns", secret))).status).toBe(200);
    await revokeApiToken(ctx.prisma(), world.users.analyst, { tokenId: token.id });
    await expect401(await listCampaigns(apiRequest("/api/v1/campaigns", secret)));
  });

  it("an expired token is 401", async () => {
    const { token, secret } = await createApiToken(ctx.prisma(), world.users.viewer, { name: "short-lived", expiresInDays: "7" });
    expect((await listCampaigns(apiRequest("/api/v1/campaigns", secret))).status).toBe(200);
    await ctx.prisma().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expect401(await listCampaigns(apiRequest("/api/v1/campaigns", secret)));
  });

  it("a viewer's token may read but not import (403); an analyst's may import", async () => {
    const csv = "platform,platform_post_id,posted_at,text\nx,tok-import-1,2024-07-01T10:00:00Z,hello\n";
    const path = `/api/v1/campaigns/${world.campaignSlug}/imports?format=csv`;
    const refused = await importPosts(apiRequest(path, world.tokens.viewer, { method: "POST", body: csv, headers: { "content-type": "text/csv" } }), params({ slug: world.campaignSlug }));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect(await ctx.prisma().post.count({ where: { platformPostId: "tok-import-1" } })).toBe(0);

    const accepted = await importPosts(apiRequest(path, world.tokens.analyst, { method: "POST", body: csv, headers: { "content-type": "text/csv" } }), params({ slug: world.campaignSlug }));
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { inserted: number }).inserted).toBe(1);
    const audit = await ctx.prisma().auditLog.findFirst({ where: { action: "posts.import" }, orderBy: { at: "desc" } });
    expect(audit?.userId).toBe(world.users.analyst.userId);
  });

  it("a user demoted or deactivated after creating a token loses that power at once", async () => {
    const prisma = ctx.prisma();
    const user = await prisma.user.create({ data: { email: `demoted-${world.tag}@api.test`, name: "Soon demoted", role: "analyst" } });
    const { secret } = await createApiToken(prisma, { userId: user.id, role: "analyst" }, { name: "before demotion", expiresInDays: "" });
    const csv = "platform,platform_post_id,posted_at,text\nx,tok-demoted-1,2024-07-01T10:00:00Z,hi\n";
    const path = `/api/v1/campaigns/${world.campaignSlug}/imports`;
    await updateUser(prisma, world.users.admin, { userId: user.id, role: "viewer" });
    const afterDemotion = await importPosts(apiRequest(path, secret, { method: "POST", body: csv }), params({ slug: world.campaignSlug }));
    expect(afterDemotion.status).toBe(403);
    expect(await prisma.post.count({ where: { platformPostId: "tok-demoted-1" } })).toBe(0);
    // Still a viewer: reads work.
    expect((await listCampaigns(apiRequest("/api/v1/campaigns", secret))).status).toBe(200);
    await updateUser(prisma, world.users.admin, { userId: user.id, active: false });
    await expect401(await listCampaigns(apiRequest("/api/v1/campaigns", secret)));
  });

  it("stores only the SHA-256 and a short prefix; the audit log never sees the secret", async () => {
    const prisma = ctx.prisma();
    const { token, secret } = await createApiToken(prisma, world.users.editor, { name: "secret check", expiresInDays: "90" });
    expect(secret).toMatch(/^ctk_[A-Za-z0-9_-]{43}$/);
    await revokeApiToken(prisma, world.users.editor, { tokenId: token.id });
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(row.prefix).toBe(secret.slice(0, 12));
    const rowText = JSON.stringify(row);
    expect(rowText).not.toContain(secret);
    expect(rowText).not.toContain(secret.slice(12));
    const audit = await prisma.auditLog.findMany({ where: { entityType: "ApiToken", entityId: token.id }, orderBy: { at: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["api-token.create", "api-token.revoke"]);
    const auditText = JSON.stringify(await prisma.auditLog.findMany());
    expect(auditText).not.toContain(secret.slice(12));
    expect(auditText).not.toContain(row.tokenHash);
  });

  it("records lastUsedAt at most once a minute", async () => {
    const prisma = ctx.prisma();
    const { token, secret } = await createApiToken(prisma, world.users.viewer, { name: "usage", expiresInDays: "" });
    const t0 = new Date("2030-01-01T00:00:00Z");
    expect(await authenticateApiToken(prisma, secret, t0)).toMatchObject({ userId: world.users.viewer.userId, role: "viewer" });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.toISOString()).toBe(t0.toISOString());
    await authenticateApiToken(prisma, secret, new Date(t0.getTime() + 10_000));
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.toISOString()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + LAST_USED_WRITE_INTERVAL_MS + 1);
    await authenticateApiToken(prisma, secret, later);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.toISOString()).toBe(later.toISOString());
  });

  it("only the owner or an admin can revoke; others get not-found; anonymous gets 401", async () => {
    const prisma = ctx.prisma();
    const { token } = await createApiToken(prisma, world.users.analyst, { name: "owned", expiresInDays: "" });
    await expect(revokeApiToken(prisma, world.users.editor, { tokenId: token.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiToken(prisma, null, { tokenId: token.id })).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
    await revokeApiToken(prisma, world.users.admin, { tokenId: token.id });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
    const listed = await listApiTokens(prisma, world.users.analyst);
    expect(listed.some((entry) => "tokenHash" in entry)).toBe(false);
  });

  it("refuses an invalid name or expiry with field errors, writing nothing", async () => {
    const prisma = ctx.prisma();
    const before = await prisma.apiToken.count();
    await expect(createApiToken(prisma, world.users.viewer, { name: "  ", expiresInDays: "3" })).rejects.toMatchObject({
      fieldErrors: { name: [expect.any(String)], expiresInDays: [expect.any(String)] },
    });
    expect(await prisma.apiToken.count()).toBe(before);
  });
});
