import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Request } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

function count(sql: string, ...params: unknown[]): number {
  const conn = openE2eDatabase();
  const row = conn.prepare(sql).get(...params) as { n: number };
  conn.close();
  return row.n;
}

// The first render after the server starts can be slow on a busy machine.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/signin");
  await page.getByTestId("signed-in-as").or(page.getByLabel("Email")).first().waitFor({ timeout: 60_000 });
  await page.close();
});

test("an analyst creates a campaign, a source, an actor and a claim through the forms", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const name = `E2E Élections ${stamp}`;
  const slug = `e2e-elections-${stamp}`;
  await signIn(page, "analyst");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" }).click();
  await page.getByRole("link", { name: "New campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible();

  const form = page.getByTestId("campaign-form");
  await form.getByLabel("Name").fill(name);
  // The slug follows the name (accents dropped).
  await expect(form.getByLabel("Slug")).toHaveValue(slug);
  await form.getByLabel("First seen").fill("2024-05-10");
  await form.getByRole("checkbox", { name: "telegram" }).check();
  // No summary: the server refuses, names the field, and the form keeps what was typed.
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.locator("#field-summary-error")).toHaveText("Enter a summary");
  await expect(form.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await expect(form.getByLabel("Slug")).toHaveValue(slug);
  await expect(form.getByLabel("First seen")).toHaveValue("2024-05-10");
  await expect(form.getByRole("checkbox", { name: "telegram" })).toBeChecked();
  expect(count(`SELECT COUNT(*) AS n FROM "Campaign" WHERE slug = ?`, slug)).toBe(0);
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await form.getByLabel("Summary").fill("Posts calling on voters to stay home, pushed by a small cluster of new accounts.");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  expect(count(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE action = 'campaign.create' AND "entityId" = (SELECT id FROM "Campaign" WHERE slug = ?)`, slug)).toBe(1);

  // A source, from the campaign's page: it comes back to the campaign, citing it.
  const sourceTitle = `Viginum note ${stamp}`;
  await page.getByTestId("campaign-record-links").getByRole("link", { name: "New source" }).click();
  const source = page.getByTestId("source-form");
  await source.getByLabel("Title").fill(sourceTitle);
  await source.getByLabel("Publisher").fill("SGDSN");
  await source.getByLabel("Kind").selectOption("government_statement");
  await source.getByLabel("Source reliability").selectOption("B");
  await expect(source.getByRole("checkbox", { name })).toBeChecked();
  await source.getByRole("button", { name: "Create source" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}$`));
  await expect(page.getByText(sourceTitle).first()).toBeVisible();

  // An actor.
  const actorName = `E2E Actor ${stamp}`;
  await page.goto("/actors/new");
  const actor = page.getByTestId("actor-form");
  await actor.getByLabel("Name").fill(actorName);
  await actor.getByLabel("Kind").selectOption("organisation");
  await actor.getByLabel("Country").fill("az");
  await actor.getByRole("button", { name: "Create actor" }).click();
  await expect(page).toHaveURL(/\/actors$/);
  await expect(page.getByTestId("actors-table")).toContainText(actorName);

  // A claim on the campaign: recorded as suspected, shown on the campaign page.
  await page.goto(`/campaigns/${slug}`);
  await page.getByTestId("campaign-record-links").getByRole("link", { name: "New claim" }).click();
  const claim = page.getByTestId("claim-form");
  await claim.getByLabel("Attributed to (actor)").selectOption({ label: `${actorName} (organisation)` });
  await claim.getByLabel("Claimed by (investigating body)").selectOption({ label: "Viginum" });
  await claim.getByLabel(/Confidence/).fill("55");
  await claim.getByLabel("Rationale").fill("The accounts were created in one batch and share infrastructure.");
  await claim.getByRole("checkbox", { name: new RegExp(sourceTitle) }).check();
  await claim.getByRole("button", { name: "Propose claim" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}$`));
  const shown = page.getByTestId("attribution-claim").filter({ hasText: actorName });
  await expect(shown).toHaveAttribute("data-status", "suspected");
  await expect(shown).toContainText("claimed by Viginum");
  await expect(shown).toContainText(sourceTitle);
});

test("an analyst logs a post: a post id already stored is a field error, then the post is saved in its time zone", async ({ page }) => {
  const conn = openE2eDatabase();
  const existing = conn.prepare(`SELECT p."platformPostId" AS id, c.slug FROM "Post" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE p.platform = 'x' LIMIT 1`).get() as {
    id: string;
    slug: string;
  };
  conn.close();
  const stamp = Date.now().toString(36);
  await signIn(page, "analyst");
  await page.goto(`/campaigns/${existing.slug}`);
  await page.getByTestId("campaign-record-links").getByRole("link", { name: "New post" }).click();
  const form = page.getByTestId("post-form");
  await form.getByRole("combobox", { name: "Platform", exact: true }).selectOption("x");
  await form.getByLabel("Platform post id").fill(existing.id);
  await form.getByLabel("Account handle").fill(`@e2e_${stamp}`);
  await form.getByRole("textbox", { name: "Text", exact: true }).fill(`Form post ${stamp} <script>alert(1)</script>`);
  await form.getByLabel("Posted at").fill("2024-05-17T14:05");
  await form.getByLabel("Time zone of that time").fill("Europe/Paris");
  await form.getByLabel("Doctored media").check();
  await form.getByRole("button", { name: "Add post" }).click();
  await expect(page.locator("#field-platform_post_id-error")).toContainText("is already stored");
  await expect(form.getByRole("textbox", { name: "Text", exact: true })).toHaveValue(`Form post ${stamp} <script>alert(1)</script>`);
  await expect(form.getByRole("combobox", { name: "Platform", exact: true })).toHaveValue("x");
  await expect(form.getByLabel("Doctored media")).toBeChecked();
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await form.getByLabel("Platform post id").fill(`e2e-${stamp}`);
  await form.getByRole("button", { name: "Add post" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${existing.slug}#posts$`));
  const check = openE2eDatabase();
  const stored = check.prepare(`SELECT "postedAt" AS at, "doctoredMedia" AS doctored FROM "Post" WHERE "platformPostId" = ?`).get(`e2e-${stamp}`) as { at: string; doctored: number };
  check.close();
  // 14:05 in Paris in May is 12:05 UTC.
  expect(new Date(stored.at).toISOString()).toBe("2024-05-17T12:05:00.000Z");
  expect(stored.doctored).toBe(1);
  await page.goto(`/campaigns/${existing.slug}?q=${stamp}#posts`);
  await expect(page.getByTestId("post-match-count")).toContainText("1 posts contain");
  // Shown as text, never run.
  await expect(page.getByText(`Form post ${stamp} <script>alert(1)</script>`)).toBeVisible();
});

test("a viewer sees no record links, is refused the form pages, and a replayed create is refused", async ({ browser }) => {
  // The analyst's real create request, captured on its way out and never let through.
  const analyst = await browser.newPage();
  await signIn(analyst, "analyst");
  await analyst.goto("/campaigns/new");
  const slug = `replayed-${Date.now().toString(36)}`;
  const form = analyst.getByTestId("campaign-form");
  await form.getByLabel("Name").fill("Replayed by a viewer");
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Summary").fill("This must never be saved.");
  let captured: Request | undefined;
  await analyst.route("**/campaigns/new", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const headers = await captured!.allHeaders();
  const body = captured!.postDataBuffer();
  await analyst.close();

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  await expect(viewer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" })).toHaveCount(0);
  const conn = openE2eDatabase();
  const campaign = conn.prepare(`SELECT slug FROM "Campaign" ORDER BY slug LIMIT 1`).get() as { slug: string };
  conn.close();
  await viewer.goto(`/campaigns/${campaign.slug}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewer.getByTestId("campaign-record-links")).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Edit campaign" })).toHaveCount(0);

  for (const path of ["/campaigns/new", `/campaigns/${campaign.slug}/claims/new`, "/actors/new", "/records"]) {
    // The status is 200: (dashboard)/loading.tsx has streamed the shell before the page says 403.
    await viewer.goto(path);
    await expect(viewer.getByRole("heading", { name: "Not allowed" }), path).toBeVisible();
    await expect(viewer.locator("form[data-testid$='-form']"), path).toHaveCount(0);
  }

  const replay = await viewer.request.post(captured!.url(), {
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component" },
    data: body ?? undefined,
  });
  const payload = await replay.text();
  expect(payload).toContain("may not do this");
  expect(payload).toContain("403");
  expect(count(`SELECT COUNT(*) AS n FROM "Campaign" WHERE slug = ?`, slug)).toBe(0);
  await viewer.close();
});
