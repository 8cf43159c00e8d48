import { defineConfig, devices } from "@playwright/test";

// The e2e suite runs `npm start` (build if needed, migrate, seed the demo, `next start`) on
// its own SQLite file, so it exercises exactly what the README's command does.
const port = Number(process.env.E2E_PORT ?? 3107);
export const E2E_DATABASE_FILE = process.env.E2E_DATABASE_FILE ?? "data/e2e.db";

export default defineConfig({
  testDir: "tests/e2e",
  // Journeys with their own servers run from their own configs: tests/e2e/oidc.config.ts
  // (a local identity provider) and tests/e2e/postgres.config.ts (the app on PostgreSQL).
  testIgnore: ["**/oidc.spec.ts", "**/postgres.spec.ts"],
  // One output folder per port, so parallel runs do not delete each other's traces.
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's Chromium: Playwright's own browser download is not reachable here.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -f ${E2E_DATABASE_FILE} ${E2E_DATABASE_FILE}-wal ${E2E_DATABASE_FILE}-shm && npm start`,
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: `file:./${E2E_DATABASE_FILE}`,
      CAMPAIGN_TRACKER_DEMO: "1",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
