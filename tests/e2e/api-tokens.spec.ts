import { expect, request as playwrightRequest, test } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

/**
 * A user creates a personal API token in the UI, sees the secret once, calls /api/v1 with it
 * from a client that has no session cookie, revokes it, and is refused with 401.
 */

function tokenRow(name: string) {
  const conn = openE2eDatabase();
  const row = conn.prepare(`SELECT id, "tokenHash", prefix, "revokedAt" FROM "ApiToken" WHERE name = ?`).get(name) as
    | { id: string; tokenHash: string; prefix: string; revokedAt: unknown }
    | undefined;
  conn.close();
  return row;
}

test("create a token, use it against /api/v1, revoke it, get 401", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const name = `e2e token ${Date.now()}`;
  await signIn(page, "analyst");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();

  const form = page.getByTestId("create-token-form");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Expires").selectOption("30");
  await form.getByRole("button", { name: "Create token" }).click();
  const secretCell = page.getByTestId("new-token-secret");
  await expect(secretCell).toHaveText(/^ctk_[A-Za-z0-9_-]{43}$/);
  const secret = (await secretCell.textContent())!.trim();
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(row).not.toContainText(secret.slice(12));

  // Stored: the hash and the prefix, not the secret.
  const stored = tokenRow(name);
  expect(stored?.prefix).toBe(secret.slice(0, 12));
  expect(JSON.stringify(stored)).not.toContain(secret.slice(12));

  // A client without the browser's cookies: only the token counts.
  const api = await playwrightRequest.newContext({ baseURL });
  const ok = await api.get("/api/v1/campaigns", { headers: { Authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { campaigns: { slug: string; postCount: number }[] };
  expect(body.campaigns.length).toBeGreaterThan(0);
  const slug = body.campaigns[0]!.slug;
  const csv = await api.get(`/api/v1/campaigns/${slug}/exports/posts.csv`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^platform,platform_post_id,posted_at,text,/);
  const anonymous = await api.get("/api/v1/campaigns");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["www-authenticate"]).toMatch(/^Bearer/);
  const spec = await api.get("/api/openapi.json");
  expect(spec.status()).toBe(200);
  expect(((await spec.json()) as { openapi: string }).openapi).toBe("3.1.0");

  // Shown once: after a reload the secret is gone from the page.
  await page.reload();
  await expect(page.getByTestId("token-row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  // The campaign page's session download gives the same file.
  const sessionCsv = await page.request.get(`/api/campaigns/${slug}/export/posts.csv`);
  expect(sessionCsv.status()).toBe(200);
  expect((await sessionCsv.text()).split("\r\n")[0]).toMatch(/^platform,platform_post_id,posted_at,text,/);

  await page.getByTestId("token-row").filter({ hasText: name }).getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByTestId("token-row").filter({ hasText: name })).toHaveAttribute("data-state", "revoked");
  expect(tokenRow(name)?.revokedAt).not.toBeNull();
  const refused = await api.get("/api/v1/campaigns", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  await api.dispose();
});

test("the campaign page links its CSV exports", async ({ page }) => {
  await signIn(page, "viewer");
  await page.locator('[data-testid="campaign-card"] a').first().click();
  const exports = page.getByTestId("campaign-exports");
  await expect(exports.getByRole("link", { name: "posts" })).toHaveAttribute("href", /\/api\/campaigns\/[^/]+\/export\/posts\.csv$/);
  await expect(exports.getByRole("link", { name: "STIX 2.1 bundle" })).toHaveAttribute("href", /\/api\/campaigns\/[^/]+\/stix$/);
  const href = (await exports.getByRole("link", { name: "attribution claims" }).getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect((await response.text()).split("\r\n")[0]).toMatch(/^id,status,confidence,confidence_words,actor,/);
});
