import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import path from "node:path";
import { DEMO_USERS } from "../../lib/demo/demo-accounts.ts";
import { E2E_DATABASE_FILE } from "../../playwright.config.ts";

export function demoUser(role: "viewer" | "analyst" | "editor" | "admin") {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}

export async function signIn(page: Page, role: "viewer" | "analyst" | "editor" | "admin") {
  const user = demoUser(role);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // scrypt is deliberately slow; on a loaded 2-core machine a sign-in can take seconds.
  await expect(page.getByTestId("signed-in-as")).toContainText(role, { timeout: 20_000 });
}

/** The server's own database file, read directly to check what the pages show. */
export function openE2eDatabase(options: { readonly?: boolean } = { readonly: true }) {
  return new Database(path.resolve(E2E_DATABASE_FILE), options);
}
