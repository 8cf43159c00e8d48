import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

function scalar<T>(sql: string, ...params: unknown[]): T {
  const conn = openE2eDatabase();
  try {
    return conn.prepare(sql).get(...params) as T;
  } finally {
    conn.close();
  }
}

const DOCTORED = "doctored-police-image-2024";

test.beforeEach(async ({ page }) => {
  await signIn(page, "viewer");
});

test("overview tiles, volume chart and its JSON agree with the database", async ({ page }) => {
  const posts = scalar<{ n: number }>(`SELECT COUNT(*) AS n FROM "Post"`).n;
  const withPosts = scalar<{ n: number }>(`SELECT COUNT(DISTINCT "campaignId") AS n FROM "Post"`).n;
  const assessed = scalar<{ n: number }>(`SELECT COUNT(*) AS n FROM "Attribution" WHERE status = 'assessed'`).n;

  await page.goto("/");
  await expect(page.getByTestId("tile-posts")).toContainText(posts.toLocaleString("en"));
  await expect(page.getByTestId("tile-claims-assessed")).toContainText(String(assessed));
  // Recharts draws its SVG after hydration.
  await expect(page.getByTestId("volume-chart").locator("svg.recharts-surface[role=application]")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("confidence-chart").locator("svg.recharts-surface[role=application]")).toBeVisible({ timeout: 20_000 });

  const json = await (await page.request.get("/api/volume")).json();
  expect(json.series).toHaveLength(withPosts);
  const total = json.series.reduce((sum: number, series: { points: { n: number }[] }) => sum + series.points.reduce((s, p) => s + p.n, 0), 0);
  expect(total).toBe(posts);

  const csv = await page.request.get("/api/volume?split=platform&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("bucket_start_utc,series,label,posts");
  expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(",").at(-1)), 0)).toBe(posts);

  await page.getByText("View as table").first().click();
  await expect(page.locator(".chart-table table").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("overview.png"), fullPage: true });
});

test("filters live in the URL, survive a reload, and bad ones fall back with a notice", async ({ page }) => {
  const expected = scalar<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "Post" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c.slug = ? AND p.platform = 'facebook'`,
    DOCTORED,
  ).n;
  await page.goto("/");
  await page.getByRole("combobox", { name: "Campaign" }).selectOption(DOCTORED);
  await page.getByRole("combobox", { name: "Platform" }).selectOption("facebook");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`campaign=${DOCTORED}.*platform=facebook`));
  await expect(page.getByTestId("tile-posts")).toContainText(expected.toLocaleString("en"));
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Platform" })).toHaveValue("facebook");
  await expect(page.getByTestId("tile-posts")).toContainText(expected.toLocaleString("en"));

  await page.goto("/?platform=myspace&from=yesterday&language=fr");
  await expect(page.getByTestId("ignored-filters")).toContainText("platform");
  await expect(page.getByTestId("ignored-filters")).toContainText("from");
  const french = scalar<{ n: number }>(`SELECT COUNT(*) AS n FROM "Post" WHERE language = 'fr'`).n;
  await expect(page.getByTestId("tile-posts")).toContainText(french.toLocaleString("en"));
});

test("campaign dashboard: hourly volume, burst markers and the peak hour match the database", async ({ page }) => {
  const campaign = scalar<{ id: string; n: number }>(
    `SELECT c.id, COUNT(p.id) AS n FROM "Campaign" c JOIN "Post" p ON p."campaignId" = c.id WHERE c.slug = ? GROUP BY c.id`,
    DOCTORED,
  );
  const peak = scalar<{ hour: string; n: number }>(
    `SELECT substr("postedAt", 1, 13) AS hour, COUNT(*) AS n FROM "Post" WHERE "campaignId" = ? GROUP BY hour ORDER BY n DESC, hour ASC LIMIT 1`,
    campaign.id,
  );
  await page.goto(`/campaigns/${DOCTORED}`);
  await expect(page.getByTestId("burst-markers")).toContainText(`(${peak.n.toLocaleString("en")} posts)`);
  const [day, hour] = peak.hour.split("T") as [string, string];
  await expect(page.getByTestId("burst-markers")).toContainText(`${hour}:00 UTC`);
  expect(day).toBe("2024-05-15");
  await expect(page.getByTestId("volume-chart").locator("svg.recharts-surface[role=application]")).toBeVisible({ timeout: 20_000 });

  const json = await (await page.request.get(`/api/campaigns/${DOCTORED}/volume?bucket=hour&split=platform`)).json();
  expect(json.unit).toBe("hour");
  const points = json.series.flatMap((series: { points: { t: string; n: number }[] }) => series.points);
  expect(points.reduce((sum: number, point: { n: number }) => sum + point.n, 0)).toBe(campaign.n);
  const byHour = new Map<string, number>();
  for (const point of points) byHour.set(point.t, (byHour.get(point.t) ?? 0) + point.n);
  expect(byHour.get(`${peak.hour}:00:00.000Z`)).toBe(peak.n);
  await page.screenshot({ path: test.info().outputPath("campaign.png"), fullPage: false });
});

test("the data routes refuse anybody not signed in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/volume")).status()).toBe(401);
  expect((await anonymous.get(`/api/campaigns/${DOCTORED}/volume`)).status()).toBe(401);
  await anonymous.dispose();
});

for (const path of ["/", `/campaigns/${DOCTORED}`]) {
  test(`no serious or critical accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("svg.recharts-surface[role=application]").first()).toBeVisible({ timeout: 20_000 });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.length} nodes: ${violation.help}`)).toEqual([]);
  });
}

test("searching a campaign's posts narrows the table and keeps the query in the URL", async ({ page }) => {
  const expected = scalar<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "Post" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c.slug = ? AND LOWER(p.text) LIKE '%assassins%'`,
    DOCTORED,
  ).n;
  expect(expected).toBeGreaterThan(0);
  await page.goto(`/campaigns/${DOCTORED}?page=3`);
  await page.getByTestId("post-search").fill("Assassins");
  await expect(page).toHaveURL(/q=Assassins/);
  expect(page.url()).not.toContain("page=3");
  await expect(page.getByTestId("post-match-count")).toContainText(`${expected.toLocaleString("en")} posts contain`);
  await expect(page.getByTestId("post-row").first()).toContainText(/assassins/i);
  await page.reload();
  await expect(page.getByTestId("post-search")).toHaveValue("Assassins");
});

test("the campaign volume filters apply to the chart and to its CSV/JSON link", async ({ page }) => {
  const expected = scalar<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "Post" p JOIN "Campaign" c ON c.id = p."campaignId"
     WHERE c.slug = ? AND p.platform = 'facebook' AND p."postedAt" >= '2024-05-15' AND p."postedAt" < '2024-05-16'`,
    DOCTORED,
  ).n;
  expect(expected).toBeGreaterThan(0);
  await page.goto(`/campaigns/${DOCTORED}?platform=facebook&from=2024-05-15&to=2024-05-15&bucket=decade`);
  await expect(page.getByText(/Ignored invalid parameters \(bucket\)/)).toBeVisible();
  const json = page.getByRole("link", { name: "JSON" }).first();
  const href = await json.getAttribute("href");
  expect(href).toContain("platform=facebook");
  const body = await (await page.request.get(href!)).json();
  const total = body.series.reduce((sum: number, series: { points: { n: number }[] }) => sum + series.points.reduce((s, p) => s + p.n, 0), 0);
  expect(total).toBe(expected);
  expect(body.unit).toBe("hour");
});
