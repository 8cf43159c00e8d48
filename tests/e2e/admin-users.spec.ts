import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openE2eDatabase, signIn } from "./helpers.ts";

function userRow(email: string) {
  const conn = openE2eDatabase();
  const row = conn.prepare(`SELECT id, role, active, "passwordHash" FROM "User" WHERE email = ?`).get(email) as
    | { id: string; role: string; active: number; passwordHash: string | null }
    | undefined;
  conn.close();
  return row;
}

function auditActions(entityId: string) {
  const conn = openE2eDatabase();
  const rows = conn
    .prepare(`SELECT a.action, a.after, u.email AS actor FROM "AuditLog" a LEFT JOIN "User" u ON u.id = a."userId" WHERE a."entityId" = ? ORDER BY a.at, a.id`)
    .all(entityId) as { action: string; after: string | null; actor: string | null }[];
  conn.close();
  return rows;
}

// The first dashboard render after the server starts can be slow on a busy machine; warm it
// up so the sign-in helper's short wait is about signing in.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill("viewer@demo.test");
  await page.getByLabel("Password").fill("demo-viewer-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor({ timeout: 60_000 });
  await page.close();
});

test("an admin creates a user and changes their role; the new user signs in with that role", async ({ page, browser }) => {
  const email = `e2e-${Date.now()}@example.test`;
  const password = "e2e password long enough";
  await signIn(page, "admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const form = page.getByTestId("create-user-form");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Eve Twoe");
  await form.getByLabel("Role").selectOption("analyst");
  // The server's check, not the browser's: skip the browser's own length check.
  await form.evaluate((element) => ((element as HTMLFormElement).noValidate = true));
  await form.getByLabel(/Initial password/).fill("too short");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#new-user-password-error")).toContainText("at least 12 characters");
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await expect(form.getByLabel("Role")).toHaveValue("analyst");
  expect(userRow(email)).toBeUndefined();

  await form.getByLabel(/Initial password/).fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId("create-user-result")).toContainText(`Created ${email} as analyst`);
  const created = userRow(email);
  expect(created).toMatchObject({ role: "analyst", active: 1 });
  expect(created?.passwordHash).toMatch(/^scrypt\$/);

  const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
  await expect(row).toContainText("Eve Twoe");
  await row.getByLabel(`Role of ${email}`, { exact: true }).selectOption("editor");
  await row.getByRole("button", { name: `Save role of ${email}` }).click();
  await expect(row.getByTestId("change-role-result")).toContainText(`${email} is an active editor`);
  expect(userRow(email)).toMatchObject({ role: "editor", active: 1 });

  const audit = auditActions(created!.id);
  expect(audit.map((entry) => entry.action)).toEqual(["user.create", "user.change-role"]);
  expect(audit.every((entry) => entry.actor === "admin@demo.test")).toBe(true);
  expect(audit.map((entry) => entry.after ?? "").join("")).not.toMatch(/scrypt|passwordHash|e2e password/);

  const other = await browser.newContext();
  const newUser = await other.newPage();
  await newUser.goto("/signin");
  await newUser.getByLabel("Email").fill(email.toUpperCase());
  await newUser.getByLabel("Password").fill(password);
  await newUser.getByRole("button", { name: "Sign in" }).click();
  await expect(newUser.getByTestId("signed-in-as")).toContainText("Eve Twoe · editor");

  // Deactivated, the new user is out at their next request.
  await row.getByRole("button", { name: `Deactivate ${email}` }).click();
  await expect(row.getByTestId("user-status")).toHaveText("deactivated");
  expect(userRow(email)).toMatchObject({ active: 0 });
  await newUser.goto("/");
  await expect(newUser).toHaveURL(/\/signin/);
  await other.close();
});

test("an admin cannot demote or deactivate themselves from the page", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const self = page.locator(`[data-testid="user-row"][data-email="admin@demo.test"]`);
  await expect(self).toContainText("(you)");
  await expect(self.getByLabel("Role of admin@demo.test", { exact: true })).toBeDisabled();
  await expect(self.getByRole("button", { name: "Save role of admin@demo.test" })).toBeDisabled();
  await expect(self.getByRole("button", { name: "Deactivate admin@demo.test" })).toBeDisabled();
});

test("a viewer opening /admin/users gets the Not allowed page", async ({ page }) => {
  await signIn(page, "viewer");
  // The status is 200: (dashboard)/loading.tsx has streamed the shell before the page says 403.
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByTestId("create-user-form")).toHaveCount(0);
});

test("an analyst opening /audit gets the Not allowed page", async ({ page }) => {
  await signIn(page, "analyst");
  // The status is 200: (dashboard)/loading.tsx has streamed the shell before the page says 403.
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
});

test("nobody signed in is sent to sign in from /admin/users and /audit", async ({ page }) => {
  for (const path of ["/admin/users", "/audit"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin/);
  }
});

test("an editor reads the audit log, filters it through the URL, and is told about invalid filters", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("audit-row").first()).toBeVisible();

  await page.getByTestId("audit-filters").getByLabel("Action").selectOption("auth.sign-in");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=auth.sign-in/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("auth.sign-in");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("auth.sign-in");
  await expect(rows.first()).toContainText("editor@demo.test");

  await page.goto("/audit?from=not-a-date&action=auth.sign-in&page=abc");
  await expect(page.getByTestId("audit-ignored")).toContainText("from, page");
  await expect(page.getByTestId("audit-filters").getByLabel("Action")).toHaveValue("auth.sign-in");
  await expect(page.getByTestId("audit-row").first()).toContainText("auth.sign-in");
  // Before/after are shown as text.
  await page.goto("/audit?action=user.create-demo");
  await expect(page.locator("pre.audit-json").first()).toContainText('"email": ');
});

test("the users and audit pages have no serious accessibility violations", async ({ page }) => {
  await signIn(page, "admin");
  for (const path of ["/admin/users", "/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${path} ${violation.id}: ${violation.nodes.length} nodes: ${violation.help}`)).toEqual([]);
  }
});
