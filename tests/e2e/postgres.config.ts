import path from "node:path";
import { defineConfig } from "@playwright/test";
import baseConfig from "../../playwright.config.ts";

// The same production build as the main suite, served from PostgreSQL: only DATABASE_URL
// changes. Needs TEST_DATABASE_URL (set by .ci/run). Run: `npx playwright test -c tests/e2e/postgres.config.ts`.
const port = Number(process.env.E2E_POSTGRES_PORT ?? 3231);
const database = process.env.E2E_POSTGRES_DATABASE ?? "ct_e2e";
const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const url = new URL(base);
url.pathname = `/${database}`;

const root = path.resolve(import.meta.dirname, "../..");
const chromium = baseConfig.projects?.[0];
if (!chromium) throw new Error("playwright.config.ts defines no project to reuse");

export default defineConfig({
  testDir: ".",
  testMatch: "postgres.spec.ts",
  testIgnore: [],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  outputDir: path.join(root, "test-results", `e2e-postgres-${port}`),
  use: { ...baseConfig.use, baseURL: `http://localhost:${port}` },
  projects: [{ ...chromium, name: "postgres-chromium" }],
  webServer: {
    cwd: root,
    command: "npx tsx tests/e2e/prepare-postgres-database.ts && npm start",
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: url.toString(),
      TEST_DATABASE_URL: base,
      E2E_POSTGRES_DATABASE: database,
      CAMPAIGN_TRACKER_DEMO: "1",
      NEXTAUTH_SECRET: "e2e-postgres-secret-not-for-production",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      CT_DIST_DIR: process.env.CT_DIST_DIR ?? ".next",
    },
  },
});
