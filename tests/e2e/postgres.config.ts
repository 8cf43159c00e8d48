import path from "node:path";
import { ROOT, separateRunConfig } from "./separate-run-config.ts";

// The same production build as the main suite, served from PostgreSQL: only DATABASE_URL
// changes. Needs TEST_DATABASE_URL (set by .ci/run). Run: `npx playwright test -c tests/e2e/postgres.config.ts`.
const port = Number(process.env.E2E_POSTGRES_PORT ?? 3231);
const database = process.env.E2E_POSTGRES_DATABASE ?? "ct_e2e";
const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const url = new URL(base);
url.pathname = `/${database}`;

export default separateRunConfig({
  project: "postgres-chromium",
  testMatch: "postgres.spec.ts",
  baseURL: `http://localhost:${port}`,
  outputDir: path.join(ROOT, "test-results", `e2e-postgres-${port}`),
  webServer: {
    cwd: ROOT,
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
