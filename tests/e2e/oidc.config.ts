import path from "node:path";
import { ROOT, separateRunConfig } from "./separate-run-config.ts";

// Sign-in through an OpenID Connect provider, end to end: starts a test provider
// (tests/e2e/oidc-provider-server.ts) and the app (`npm start`) with OIDC_* pointing at it,
// each on its own port and database; it reuses the main suite's build folder. Run: `npx playwright test -c tests/e2e/oidc.config.ts`.
const port = Number(process.env.E2E_OIDC_PORT ?? 3221);
const providerPort = Number(process.env.E2E_OIDC_PROVIDER_PORT ?? 3222);
export const OIDC_E2E_DATABASE_FILE = process.env.E2E_OIDC_DATABASE_FILE ?? "data/e2e-oidc.db";
export const OIDC_E2E_PROJECT = "oidc-chromium";
/** The button label: "Sign in with <name>". */
export const OIDC_E2E_PROVIDER_NAME = "Test IdP";

const appUrl = `http://localhost:${port}`;
const issuer = `http://localhost:${providerPort}`;
const client = { id: "campaign-tracker-e2e", secret: "e2e-client-secret" };

export default separateRunConfig({
  project: OIDC_E2E_PROJECT,
  testMatch: "oidc.spec.ts",
  baseURL: appUrl,
  // Not inside test-results/, which the main suite empties when it starts.
  outputDir: path.join(ROOT, "test-results-oidc"),
  webServer: [
    {
      command: "npx tsx tests/e2e/oidc-provider-server.ts",
      cwd: ROOT,
      url: `${issuer}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        OIDC_TEST_PORT: String(providerPort),
        OIDC_TEST_REDIRECT_URI: `${appUrl}/api/auth/callback/oidc`,
        OIDC_TEST_CLIENT_ID: client.id,
        OIDC_TEST_CLIENT_SECRET: client.secret,
      },
    },
    {
      cwd: ROOT,
      command: `rm -f ${OIDC_E2E_DATABASE_FILE} ${OIDC_E2E_DATABASE_FILE}-wal ${OIDC_E2E_DATABASE_FILE}-shm && npm start`,
      url: `${appUrl}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        DATABASE_URL: `file:./${OIDC_E2E_DATABASE_FILE}`,
        CAMPAIGN_TRACKER_DEMO: "1",
        NEXTAUTH_URL: appUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        // The same production build as the main suite: OIDC is configured at start, not at build.
        CT_DIST_DIR: process.env.CT_DIST_DIR ?? ".next",
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: client.id,
        OIDC_CLIENT_SECRET: client.secret,
        OIDC_NAME: OIDC_E2E_PROVIDER_NAME,
        OIDC_SCOPES: "groups",
        OIDC_ROLE_CLAIM: "groups",
        OIDC_ROLE_MAP: "ct-admins=admin,ct-editors=editor,ct-analysts=analyst",
        OIDC_DEFAULT_ROLE: "",
      },
    },
  ],
});
