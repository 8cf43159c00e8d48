import { expect, test, type Page } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

function claimWithCampaign() {
  const conn = openE2eDatabase();
  const row = conn
    .prepare(
      `SELECT a.id, a.version, a.status, a.confidence, c.slug FROM "Attribution" a JOIN "Campaign" c ON c.id = a."campaignId"
       WHERE a.status <> 'confirmed' ORDER BY a.id LIMIT 1`,
    )
    .get() as { id: string; version: number; status: string; confidence: number; slug: string };
  conn.close();
  return row;
}

function claimState(id: string) {
  const conn = openE2eDatabase();
  const row = conn.prepare(`SELECT status, confidence, version FROM "Attribution" WHERE id = ?`).get(id) as {
    status: string;
    confidence: number;
    version: number;
  };
  const history = conn.prepare(`SELECT COUNT(*) AS n FROM "AttributionChange" WHERE "attributionId" = ?`).get(id) as { n: number };
  const audit = conn.prepare(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE "entityId" = ? AND action = 'attribution.change-status'`).get(id) as { n: number };
  conn.close();
  return { ...row, history: history.n, audit: audit.n };
}

async function openChangeForm(page: Page, claimId: string) {
  const form = page.locator(`[data-testid="attribution-claim"]:has(input[name="attributionId"][value="${claimId}"])`);
  await form.getByText("Change status or confidence").click();
  return form;
}

test("a viewer sees claims but no way to change them", async ({ page }) => {
  const claim = claimWithCampaign();
  await signIn(page, "viewer");
  await page.goto(`/campaigns/${claim.slug}`);
  await expect(page.getByTestId("attribution-claim").first()).toBeVisible();
  await expect(page.getByTestId("change-status-form")).toHaveCount(0);
});

test("an editor changes a claim with a source; the second of two stale saves gets a conflict", async ({ browser }) => {
  const claim = claimWithCampaign();
  const before = claimState(claim.id);
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, "editor");
  await signIn(second, "admin");
  await first.goto(`/campaigns/${claim.slug}`);
  await second.goto(`/campaigns/${claim.slug}`);

  const formA = await openChangeForm(first, claim.id);
  await formA.locator('select[name="status"]').selectOption("disputed");
  await formA.locator('input[name="confidence"]').fill("35");
  await formA.locator('textarea[name="rationale"]').fill("The accused state's denial is on record and no independent finding settles it.");
  await formA.locator('input[name="sourceIds"]').first().check();
  await formA.getByRole("button", { name: "Save change" }).click();
  await expect(formA.getByTestId("change-status-result")).toContainText("Saved: now disputed, confidence 35");
  expect(claimState(claim.id)).toEqual({ status: "disputed", confidence: 35, version: before.version + 1, history: before.history + 1, audit: before.audit + 1 });

  // The history on the page shows the change.
  await first.reload();
  const claimA = first.locator(`[data-testid="attribution-claim"]:has(input[name="attributionId"][value="${claim.id}"])`);
  await claimA.locator("summary", { hasText: "History" }).click();
  await expect(claimA.locator(".history")).toContainText(`${claim.status} → disputed`);
  await expect(claimA.locator(".history")).toContainText("by Ed Editor");

  // The audit log page lists the change with its before and after.
  await first.goto(`/audit?entityType=attribution&entityId=${claim.id}`);
  const entry = first.locator("tr", { hasText: "attribution.change-status" }).first();
  await expect(entry).toContainText("Ed Editor");
  await expect(entry).toContainText('"status": "disputed"');

  // The admin's page still holds the old version.
  const formB = await openChangeForm(second, claim.id);
  await formB.locator('select[name="status"]').selectOption("confirmed");
  await formB.locator('input[name="confidence"]').fill("90");
  await formB.locator('textarea[name="rationale"]').fill("Trying to save over a version that is no longer current.");
  await formB.locator('input[name="sourceIds"]').first().check();
  await formB.getByRole("button", { name: "Save change" }).click();
  await expect(formB.getByTestId("change-status-result")).toContainText("Someone saved this claim first");
  await expect(formB.getByTestId("change-status-result")).toContainText("disputed, confidence 35");
  expect(claimState(claim.id)).toMatchObject({ status: "disputed", confidence: 35, version: before.version + 1 });
  await first.close();
  await second.close();
});
