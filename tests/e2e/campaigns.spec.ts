import { expect, test } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

test("signed-out visitors are sent to the sign-in page; health answers", async ({ page, request }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "sqlite" });
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("viewer@demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is wrong")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test("a viewer sees every campaign with the database's post counts", async ({ page }) => {
  const conn = openE2eDatabase();
  const expected = conn
    .prepare(`SELECT c.slug, COUNT(p.id) AS n FROM "Campaign" c LEFT JOIN "Post" p ON p."campaignId" = c.id GROUP BY c.slug`)
    .all() as { slug: string; n: number }[];
  conn.close();
  expect(expected.length).toBeGreaterThanOrEqual(3);

  await signIn(page, "viewer");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(page.getByTestId("campaign-card")).toHaveCount(expected.length);
  for (const { slug, n } of expected) {
    const card = page.locator(`[data-testid="campaign-card"][data-slug="${slug}"]`);
    await expect(card.getByTestId("post-count")).toContainText(n.toLocaleString("en"));
  }
});

test("a campaign page shows claims with sources and denials, networks, events and paged synthetic posts", async ({ page }) => {
  const conn = openE2eDatabase();
  const campaign = conn
    .prepare(
      `SELECT c.id, c.slug, c.name, COUNT(p.id) AS n FROM "Campaign" c JOIN "Post" p ON p."campaignId" = c.id GROUP BY c.id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { id: string; slug: string; name: string; n: number };
  const claims = conn.prepare(`SELECT COUNT(*) AS n FROM "Attribution" WHERE "campaignId" = ?`).get(campaign.id) as { n: number };
  const events = conn.prepare(`SELECT COUNT(*) AS n FROM "Event" WHERE "campaignId" = ?`).get(campaign.id) as { n: number };
  conn.close();

  await signIn(page, "viewer");
  await page.locator(`[data-testid="campaign-card"][data-slug="${campaign.slug}"] h2 a`).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(campaign.name);
  await expect(page.getByTestId("campaign-post-total")).toHaveText(campaign.n.toLocaleString("en"));
  await expect(page.getByTestId("attribution-claim")).toHaveCount(claims.n);
  await expect(page.getByTestId("event")).toHaveCount(events.n);
  await expect(page.getByText(/of these posts are synthetic/)).toBeVisible();

  const rows = page.getByTestId("post-row");
  await expect(rows).toHaveCount(Math.min(50, campaign.n));
  await expect(rows.first()).toContainText("synthetic");
  await page.getByRole("link", { name: "Older →" }).first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of/).first()).toBeVisible();
});

test("post text is hostile: markup in it is shown as text, never run", async ({ page }) => {
  const hostile = `<img src=x onerror="document.title='pwned'">`;
  const conn = openE2eDatabase({ readonly: false });
  const campaign = conn
    .prepare(`SELECT c.id, c.slug, MAX(p."postedAt") AS last FROM "Campaign" c JOIN "Post" p ON p."campaignId" = c.id GROUP BY c.id ORDER BY c.slug LIMIT 1`)
    .get() as { id: string; slug: string; last: string };
  // One second after the campaign's newest post: first on the newest-first list, without
  // stretching the dashboards' date range for the other tests.
  const postedAt = new Date(Date.parse(campaign.last) + 1000).toISOString().replace("Z", "+00:00");
  conn
    .prepare(
      `INSERT OR IGNORE INTO "Post" (id, "campaignId", platform, "platformPostId", url, text, language, "postedAt", "collectedAt")
       VALUES ('e2e-hostile', ?, 'x', 'e2e-hostile-1', 'javascript:alert(1)', ?, 'en', ?, ?)`,
    )
    .run(campaign.id, hostile, postedAt, postedAt);
  conn.close();

  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await signIn(page, "viewer");
  await page.goto(`/campaigns/${campaign.slug}`);
  const row = page.getByTestId("post-row").first();
  await expect(row).toContainText(hostile);
  await expect(row.locator("img")).toHaveCount(0);
  await expect(row.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
  expect(dialogs).toBe(0);
});

test("pages carry the security headers, and the nonce-based policy lets the app's own scripts run", async ({ page }) => {
  const response = await page.goto("/signin");
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // Hydration worked under the policy: the client-side sign-in runs.
  await signIn(page, "viewer");
});
