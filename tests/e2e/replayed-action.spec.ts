import { expect, test, type Request } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

/**
 * Hiding the form is not the check: a viewer who replays an editor's server-action request,
 * byte for byte but with the viewer's own session, must be refused and change nothing.
 */
test("a viewer replaying an editor's status change is refused and nothing changes", async ({ browser }) => {
  const conn = openE2eDatabase();
  const claim = conn
    .prepare(
      `SELECT a.id, a.version, c.slug FROM "Attribution" a JOIN "Campaign" c ON c.id = a."campaignId" WHERE a.status = 'suspected' ORDER BY a.id DESC LIMIT 1`,
    )
    .get() as { id: string; version: number; slug: string };
  conn.close();
  const state = () => {
    const db = openE2eDatabase();
    const row = db.prepare(`SELECT status, confidence, version FROM "Attribution" WHERE id = ?`).get(claim.id);
    const audit = db.prepare(`SELECT COUNT(*) AS n FROM "AuditLog" WHERE "entityId" = ?`).get(claim.id);
    db.close();
    return { row, audit };
  };

  // The editor's real request, captured on its way out, but never let through.
  const editor = await browser.newPage();
  await signIn(editor, "editor");
  await editor.goto(`/campaigns/${claim.slug}`);
  const form = editor.locator(`[data-testid="attribution-claim"]:has(input[name="attributionId"][value="${claim.id}"])`);
  await form.getByText("Change status or confidence").click();
  await form.locator('select[name="status"]').selectOption("confirmed");
  await form.locator('input[name="confidence"]').fill("99");
  await form.locator('textarea[name="rationale"]').fill("Replayed by a viewer: this must never be saved.");
  await form.locator('input[name="sourceIds"]').first().check();
  let captured: Request | undefined;
  await editor.route(`**/campaigns/${claim.slug}`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  const before = state();
  await form.getByRole("button", { name: "Save change" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const headers = await captured!.allHeaders();
  const body = captured!.postDataBuffer();
  await editor.close();
  expect(state()).toEqual(before);

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  const replay = await viewer.request.post(captured!.url(), {
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component" },
    data: body ?? undefined,
  });
  // The action answers (a server action reports its outcome in the payload), but refuses.
  const payload = await replay.text();
  expect(payload).toContain("may not do this");
  expect(state()).toEqual(before);
  await viewer.close();
});
