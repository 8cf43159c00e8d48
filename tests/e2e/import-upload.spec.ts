import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

// Above the 10 MB Next buffers for a proxy: the upload route must get the whole body.
const ROWS = 60_000;
const BAD_ROWS = [17, 30_001, 59_998];

function writeUpload(dir: string, run: string): { file: string; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const filler = "lorem ipsum dolor sit amet ".repeat(5);
  const lines = ["platform,platform_post_id,posted_at,text,author_handle,language"];
  for (let i = 0; i < ROWS; i++) {
    const postedAt = BAD_ROWS.includes(i) ? "yesterday" : `2024-05-${String(15 + (i % 2)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00:00Z`;
    lines.push(`x,e2e-${run}-${i},${postedAt},"Post ${i}: ${filler}",e2e_acct_${i % 50},fr`);
  }
  const file = path.join(dir, `upload-${run}.csv`);
  const text = `${lines.join("\n")}\n`;
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}

test("an analyst uploads a 60,000-row file, watches its progress, and sees the campaign's count rise", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const conn = openE2eDatabase();
  const campaign = conn
    .prepare(`SELECT c.slug, c.name, COUNT(p.id) AS n FROM "Campaign" c LEFT JOIN "Post" p ON p."campaignId" = c.id GROUP BY c.id ORDER BY n ASC LIMIT 1`)
    .get() as { slug: string; name: string; n: number };
  conn.close();
  const run = Date.now().toString(36);
  const upload = writeUpload(testInfo.outputPath("uploads"), run);
  expect(upload.bytes).toBeGreaterThan(10 * 1024 * 1024);

  await signIn(page, "analyst");
  await page.goto(`/campaigns/${campaign.slug}`);
  await expect(page.getByTestId("campaign-post-total")).toHaveText(campaign.n.toLocaleString("en"));

  await page.getByTestId("campaign-record-links").getByRole("link", { name: "Import posts" }).click();
  await expect(page.getByRole("heading", { name: "Import posts", level: 1 })).toBeVisible();
  await page.getByLabel("File (CSV or NDJSON)").setInputFiles(upload.file);
  await expect(page.getByTestId("detected-format")).toHaveText("Header recognised: Campaign Tracker CSV.");
  await page.getByRole("button", { name: "Import", exact: true }).click();

  // Progress: the figures move while the file streams in, before the summary appears.
  const progress = page.getByTestId("import-progress");
  await expect(progress).toHaveAttribute("data-state", "running");
  const seen = new Set<number>();
  let midImportTotal: number | null = null;
  while ((await progress.getAttribute("data-state")) === "running") {
    const rows = Number(await progress.getAttribute("data-rows"));
    seen.add(rows);
    if (midImportTotal === null && rows > ROWS / 4) {
      // The app stays usable while the file streams in, and the committed batches already count.
      const other = await page.context().newPage();
      await other.goto(`/campaigns/${campaign.slug}`);
      midImportTotal = Number((await other.getByTestId("campaign-post-total").textContent())?.replace(/,/g, ""));
      await other.close();
    }
    await page.waitForTimeout(100);
  }
  const partial = [...seen].filter((n) => n > 0 && n < ROWS);
  expect(partial.length, `progress values seen: ${[...seen].join(", ")}`).toBeGreaterThan(0);
  expect(midImportTotal, "the campaign page was read while the import ran").not.toBeNull();
  expect(midImportTotal!).toBeGreaterThan(campaign.n);
  expect(midImportTotal!).toBeLessThanOrEqual(campaign.n + ROWS - BAD_ROWS.length);

  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Import complete.");
  await expect(page.getByTestId("summary-inserted")).toHaveText((ROWS - BAD_ROWS.length).toLocaleString("en"));
  await expect(page.getByTestId("summary-rejected")).toHaveText(String(BAD_ROWS.length));

  // The rejected rows download with their line numbers (header is line 1).
  const download = await page.request.get(await page.getByRole("link", { name: /Download the 3 rejected rows/ }).getAttribute("href") as string);
  expect(download.status()).toBe(200);
  const rejected = (await download.text()).trimEnd().split("\r\n");
  expect(rejected.map((line) => line.split(",").slice(0, 2).join(","))).toEqual(["line,field", ...BAD_ROWS.map((i) => `${i + 2},posted_at`)]);

  await page.getByRole("link", { name: "Open the campaign dashboard" }).click();
  await expect(page.getByTestId("campaign-post-total")).toHaveText((campaign.n + ROWS - BAD_ROWS.length).toLocaleString("en"));

  // The database agrees with the job's record.
  const check = openE2eDatabase();
  const job = check.prepare(`SELECT status, inserted, rejected, "committedThroughLine" AS line FROM "ImportJob" ORDER BY "startedAt" DESC LIMIT 1`).get();
  check.close();
  expect(job).toEqual({ status: "completed", inserted: ROWS - BAD_ROWS.length, rejected: 3, line: ROWS + 1 });
});

test("another tool's CSV is imported through a column mapping; a viewer may not upload", async ({ page, browser }, testInfo) => {
  const conn = openE2eDatabase();
  const campaign = conn.prepare(`SELECT slug FROM "Campaign" ORDER BY slug LIMIT 1`).get() as { slug: string };
  conn.close();
  const run = Date.now().toString(36);
  const dir = testInfo.outputPath("uploads");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "telegram-export.csv");
  writeFileSync(file, `Message ID,Date,Body,Channel\n${run}-1,2024-05-15 10:00,first,chan_a\n${run}-2,2024-05-15 11:00,second,chan_b\n`);

  await signIn(page, "analyst");
  await page.goto(`/campaigns/${campaign.slug}/import`);
  await page.getByLabel("File (CSV or NDJSON)").setInputFiles(file);
  await expect(page.getByTestId("detected-format")).toContainText("Header not recognised (4 columns)");
  // Guessed from the names: Message ID, Date and Body; the platform is missing.
  await expect(page.getByLabel("platform_post_id *")).toHaveValue("Message ID");
  await expect(page.getByLabel("posted_at *")).toHaveValue("Date");
  await expect(page.getByRole("alert").filter({ hasText: "Map a column" })).toHaveText("Map a column to: platform.");
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  await page.getByLabel("Every row's platform").selectOption("telegram");
  await page.getByLabel("author_handle").selectOption("Channel");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Import complete.");
  await expect(page.getByTestId("summary-inserted")).toHaveText("2");
  await expect(page.getByTestId("import-jobs")).toContainText("telegram-export.csv");

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  await viewer.goto(`/campaigns/${campaign.slug}/import`);
  await expect(viewer.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  const post = await viewer.request.post(`/api/campaigns/${campaign.slug}/imports`, { data: { fileName: "x.csv", format: "csv" } });
  expect(post.status()).toBe(403);
  await viewer.close();
});
