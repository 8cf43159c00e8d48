// A small OpenID Connect provider for the OIDC end-to-end test (tests/e2e/oidc.config.ts
// starts it): one confidential client, oidc-provider's development login and consent pages
// (any password is accepted; the login names an account below), and accounts whose claims
// cover the cases the app must handle. Run: `npx tsx tests/e2e/oidc-provider-server.ts`.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import Provider, { type Configuration } from "oidc-provider";

interface TestAccount {
  email: string;
  email_verified: boolean;
  name: string;
  groups: string[];
}

/** Logins for the development login form, and the claims the provider releases for them. */
export const TEST_ACCOUNTS: Record<string, TestAccount> = {
  // A new user with one mapped group.
  ana: { email: "ana.oidc@idp.test", email_verified: true, name: "Ana Oidc", groups: ["staff", "ct-analysts"] },
  // Two mapped groups: the more trusted role wins.
  eddie: { email: "eddie.oidc@idp.test", email_verified: true, name: "Eddie Oidc", groups: ["ct-analysts", "ct-editors"] },
  // The demo viewer's email: linked to that account, whose role the groups now set.
  vera: { email: "viewer@demo.test", email_verified: true, name: "Vera at the IdP", groups: ["ct-editors"] },
  // The demo admin's email; the test deactivates that account first.
  ada: { email: "admin@demo.test", email_verified: true, name: "Ada at the IdP", groups: ["ct-admins"] },
  // No mapped group: refused.
  nora: { email: "nora.oidc@idp.test", email_verified: true, name: "Nora Oidc", groups: ["staff"] },
  // A mapped group but an unverified email: refused.
  una: { email: "una.oidc@idp.test", email_verified: false, name: "Una Oidc", groups: ["ct-admins"] },
};

const port = Number(process.env.OIDC_TEST_PORT ?? 3222);
const issuer = `http://localhost:${port}`;
const redirectUri = process.env.OIDC_TEST_REDIRECT_URI ?? "http://localhost:3221/api/auth/callback/oidc";
const clientId = process.env.OIDC_TEST_CLIENT_ID ?? "campaign-tracker-e2e";
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET ?? "e2e-client-secret";

// A fresh signing key per run: nothing outlives the test.
const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "e2e", use: "sig", alg: "RS256" };

const configuration: Configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  // Scope → claims. With the default conformIdTokenClaims, the ID token carries only `sub`
  // and the rest comes from the userinfo endpoint, as with many real providers.
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name"],
    groups: ["groups"],
  },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  async findAccount(_ctx, id) {
    const account = TEST_ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
};

const provider = new Provider(issuer, configuration);
const server = provider.listen(port, () => {
  console.log(`[oidc-test-provider] ${issuer} (client ${clientId} → ${redirectUri})`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
