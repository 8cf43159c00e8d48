import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import path from "node:path";
import { DEMO_USERS } from "../../lib/demo/demo-accounts.ts";
import { OIDC_E2E_DATABASE_FILE, OIDC_E2E_PROJECT, OIDC_E2E_PROVIDER_NAME } from "./oidc.config.ts";

// Runs only under tests/e2e/oidc.config.ts, which starts the test identity provider
// (tests/e2e/oidc-provider-server.ts, whose TEST_ACCOUNTS the logins below name) and the
// app configured for it.
test.beforeEach(() => {
  test.skip(test.info().project.name !== OIDC_E2E_PROJECT, "needs the OIDC provider: run with -c tests/e2e/oidc.config.ts");
});

const databasePath = path.resolve(import.meta.dirname, "../..", OIDC_E2E_DATABASE_FILE);

function openDatabase(readonly = true) {
  return new Database(databasePath, { readonly });
}

function userByEmail(email: string) {
  const database = openDatabase();
  try {
    return database.prepare(`SELECT id, name, role, active, passwordHash FROM "User" WHERE email = ?`).get(email) as
      | { id: string; name: string; role: string; active: number; passwordHash: string | null }
      | undefined;
  } finally {
    database.close();
  }
}

function auditEntries(where: string, ...params: string[]) {
  const database = openDatabase();
  try {
    const rows = database.prepare(`SELECT action, userId, entityId, before, after FROM "AuditLog" WHERE ${where} ORDER BY at, id`).all(...params) as {
      action: string;
      userId: string | null;
      entityId: string | null;
      before: string | null;
      after: string | null;
    }[];
    return rows.map((row) => ({ ...row, before: row.before ? JSON.parse(row.before) : null, after: row.after ? JSON.parse(row.after) : null }));
  } finally {
    database.close();
  }
}

/** From our sign-in page through the provider's login and consent pages, back to the app. */
async function signInThroughProvider(page: Page, login: string, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin");
  await page.getByRole("button", { name: `Sign in with ${OIDC_E2E_PROVIDER_NAME}`, exact: true }).click();
  // oidc-provider's development login form: any password, the login names the account.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function expectRefused(page: Page, message: RegExp) {
  await expect(page).toHaveURL(/\/signin\?.*error=Oidc/);
  await expect(page.getByTestId("sign-in-error")).toHaveText(message);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
}

test("a new user signs in through the provider with the role their group maps to, and it is audited", async ({ page }) => {
  await signInThroughProvider(page, "ana");
  await expect(page.getByTestId("signed-in-as")).toHaveText("Ana Oidc · analyst");

  const user = userByEmail("ana.oidc@idp.test");
  expect(user).toMatchObject({ name: "Ana Oidc", role: "analyst", active: 1, passwordHash: null });
  const audit = auditEntries(`userId = ?`, user!.id);
  expect(audit.map((entry) => entry.action)).toEqual(["user.create-oidc", "auth.sign-in"]);
  expect(audit[0]!.after).toMatchObject({ email: "ana.oidc@idp.test", role: "analyst", subject: "ana" });
  expect(audit[1]).toMatchObject({ entityId: user!.id, after: { method: "oidc" } });
});

test("the most trusted mapped group wins and the callback URL is kept", async ({ page }) => {
  const database = openDatabase();
  const campaign = database.prepare(`SELECT slug FROM "Campaign" ORDER BY slug LIMIT 1`).get() as { slug: string };
  database.close();
  await signInThroughProvider(page, "eddie", `/campaigns/${campaign.slug}`);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Eddie Oidc · editor");
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}$`));
});

test("an existing account is found by email and takes its role from the provider's groups", async ({ page }) => {
  const viewer = DEMO_USERS.find((user) => user.role === "viewer")!;
  expect(userByEmail(viewer.email)?.role).toBe("viewer");
  await signInThroughProvider(page, "vera");
  await expect(page.getByTestId("signed-in-as")).toHaveText(`${viewer.name} · editor`);
  const user = userByEmail(viewer.email)!;
  expect(user.passwordHash).not.toBeNull();
  const audit = auditEntries(`userId = ? AND action LIKE '%oidc%'`, user.id);
  expect(audit).toEqual([expect.objectContaining({ action: "user.role-from-oidc", before: { role: "viewer" }, after: expect.objectContaining({ role: "editor" }) })]);
});

test("a user none of whose groups is mapped is refused, and no account is created", async ({ page }) => {
  await signInThroughProvider(page, "nora");
  await expectRefused(page, /has no role in Campaign Tracker/);
  expect(userByEmail("nora.oidc@idp.test")).toBeUndefined();
  const refusals = auditEntries(`action = 'auth.sign-in-refused'`).filter((entry) => entry.after?.email === "nora.oidc@idp.test");
  expect(refusals).toEqual([expect.objectContaining({ userId: null, after: expect.objectContaining({ method: "oidc", reason: "no-role" }) })]);
});

test("an email the provider has not verified is refused", async ({ page }) => {
  await signInThroughProvider(page, "una");
  await expectRefused(page, /has not verified your email address/);
  expect(userByEmail("una.oidc@idp.test")).toBeUndefined();
});

test("a deactivated account is refused even with a mapped group", async ({ page }) => {
  const admin = DEMO_USERS.find((user) => user.role === "admin")!;
  const database = openDatabase(false);
  try {
    database.prepare(`UPDATE "User" SET active = 0 WHERE email = ?`).run(admin.email);
  } finally {
    database.close();
  }
  await signInThroughProvider(page, "ada");
  await expectRefused(page, /deactivated/);
  expect(userByEmail(admin.email)).toMatchObject({ role: "admin", active: 0 });
});

test("email and password still work beside the provider", async ({ page }) => {
  const analyst = DEMO_USERS.find((user) => user.role === "analyst")!;
  await page.goto("/signin");
  await page.getByLabel("Email").fill(analyst.email);
  await page.getByLabel("Password").fill(analyst.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(`${analyst.name} · analyst`);
});
