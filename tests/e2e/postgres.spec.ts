import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers.ts";

async function postCounts(): Promise<{ total: number; doctored: number }> {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
  url.pathname = `/${process.env.E2E_POSTGRES_DATABASE ?? "ct_e2e"}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const total = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Post"`);
  const doctored = await client.query<{ n: string }>(
    `SELECT COUNT(*) AS n FROM "Post" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c.slug = 'doctored-police-image-2024'`,
  );
  await client.end();
  return { total: Number(total.rows[0]!.n), doctored: Number(doctored.rows[0]!.n) };
}

test("the same build serves PostgreSQL: health, sign-in, overview and a campaign with the database's counts", async ({ page, request }) => {
  expect(await (await request.get("/api/health")).json()).toEqual({ status: "ok", database: "postgresql" });
  const counts = await postCounts();
  expect(counts.total).toBeGreaterThan(6000);

  await signIn(page, "editor");
  await expect(page.getByTestId("tile-posts")).toContainText(counts.total.toLocaleString("en"));
  await expect(page.getByTestId("volume-chart").locator("svg.recharts-surface[role=application]")).toBeVisible({ timeout: 20_000 });
  await page.goto("/campaigns/doctored-police-image-2024");
  await expect(page.getByTestId("campaign-post-total")).toHaveText(counts.doctored.toLocaleString("en"));
  await expect(page.getByTestId("burst-markers")).toContainText("15 May 2024");
  await expect(page.getByTestId("attribution-claim").first()).toBeVisible();
});
