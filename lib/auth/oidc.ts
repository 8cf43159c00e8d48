import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { z } from "zod";
import { ROLES, type Role } from "./permissions.ts";

/**
 * Optional sign-in through an organisation's own OpenID Connect provider, switched on and
 * configured only by environment variables (see docs/oidc.md).
 */

/** next-auth's provider id: the callback URL is `<NEXTAUTH_URL>/api/auth/callback/oidc`. */
export const OIDC_PROVIDER_ID = "oidc";

/** Every variable this module reads; setting any of them means "OIDC is wanted". */
export const OIDC_ENV_VARS = [
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "OIDC_NAME",
  "OIDC_SCOPES",
  "OIDC_ROLE_CLAIM",
  "OIDC_ROLE_MAP",
  "OIDC_DEFAULT_ROLE",
] as const;
type OidcEnvVar = (typeof OIDC_ENV_VARS)[number];

/** Roles a user may get without any mapped group: editing attributions or managing users must be granted explicitly. */
export const OIDC_DEFAULT_ROLES = ["viewer", "analyst"] as const satisfies readonly Role[];

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Sign in with <name>". */
  name: string;
  /** "openid email profile" plus OIDC_SCOPES. */
  scope: string;
  /** Claim holding the user's groups or roles; a dotted path reaches into objects (`realm_access.roles`). */
  roleClaim: string;
  /** Claim value → role. */
  roleMap: ReadonlyMap<string, Role>;
  /** Role for users none of whose claim values is mapped; null refuses them (fail closed). */
  defaultRole: Role | null;
}

export class OidcConfigError extends Error {
  constructor(message: string) {
    super(`OpenID Connect is misconfigured: ${message} (see docs/oidc.md)`);
    this.name = "OidcConfigError";
  }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const nonEmpty = (variable: OidcEnvVar) => z.string({ error: `${variable} is required when OpenID Connect is configured` }).min(1, `${variable} is required when OpenID Connect is configured`);

const issuerSchema = nonEmpty("OIDC_ISSUER").superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: "custom", message: `OIDC_ISSUER must be an absolute URL, got "${value}"` });
    return;
  }
  // Plain http only on this machine's loopback (a provider started for tests or development).
  const secure = url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) ctx.addIssue({ code: "custom", message: `OIDC_ISSUER must use https (http is accepted only for localhost), got "${value}"` });
  if (url.search || url.hash) ctx.addIssue({ code: "custom", message: "OIDC_ISSUER must not have a query or a fragment" });
});

const envSchema = z.object({
  OIDC_ISSUER: issuerSchema,
  OIDC_CLIENT_ID: nonEmpty("OIDC_CLIENT_ID"),
  OIDC_CLIENT_SECRET: nonEmpty("OIDC_CLIENT_SECRET"),
  OIDC_NAME: z.string().max(60, "OIDC_NAME must be at most 60 characters").default("SSO"),
  OIDC_SCOPES: z
    .string()
    .regex(/^[\x21\x23-\x5b\x5d-\x7e ]*$/, "OIDC_SCOPES must be space-separated scope names")
    .default(""),
  OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[^.\s]+(\.[^.\s]+)*$/, "OIDC_ROLE_CLAIM must be a claim name or a dotted path such as realm_access.roles")
    .default("groups"),
  OIDC_ROLE_MAP: z.string().default(""),
  OIDC_DEFAULT_ROLE: z
    .enum(OIDC_DEFAULT_ROLES, { error: `OIDC_DEFAULT_ROLE must be one of ${OIDC_DEFAULT_ROLES.join(", ")} (or unset to refuse unmapped users)` })
    .optional(),
});

/**
 * Parses OIDC_ROLE_MAP: `value=role` pairs separated by commas
 * (`ct-admins=admin,ct-editors=editor`), or a JSON object (`{"cn=ct-admins,ou=groups": "admin"}`)
 * for claim values that themselves contain `=` or `,` (LDAP distinguished names).
 */
export function parseRoleMap(raw: string): Map<string, Role> {
  const map = new Map<string, Role>();
  const add = (value: string, role: unknown) => {
    if (!value) throw new OidcConfigError(`OIDC_ROLE_MAP has an entry with an empty claim value`);
    if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
      throw new OidcConfigError(`OIDC_ROLE_MAP maps "${value}" to ${JSON.stringify(role) ?? "nothing"}, which is not one of ${ROLES.join(", ")}`);
    }
    const previous = map.get(value);
    if (previous && previous !== role) throw new OidcConfigError(`OIDC_ROLE_MAP maps "${value}" to both ${previous} and ${role}`);
    map.set(value, role as Role);
  };
  const text = raw.trim();
  if (!text) return map;
  if (text.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new OidcConfigError("OIDC_ROLE_MAP starts with { but is not valid JSON");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new OidcConfigError("OIDC_ROLE_MAP must be a JSON object of claim value to role");
    for (const [value, role] of Object.entries(parsed)) add(value, role);
    return map;
  }
  for (const entry of text.split(",")) {
    if (!entry.trim()) continue;
    const at = entry.lastIndexOf("=");
    if (at < 0) throw new OidcConfigError(`OIDC_ROLE_MAP entry "${entry.trim()}" is not of the form value=role`);
    add(entry.slice(0, at).trim(), entry.slice(at + 1).trim());
  }
  return map;
}

/**
 * Reads the OIDC_* variables. Null when none is set (OpenID Connect is off); throws an
 * OidcConfigError naming the variable when the configuration is partial or invalid.
 */
export function readOidcConfig(env: Record<string, string | undefined>): OidcConfig | null {
  const present: Partial<Record<OidcEnvVar, string>> = {};
  for (const variable of OIDC_ENV_VARS) {
    const value = env[variable]?.trim();
    if (value) present[variable] = value;
  }
  if (Object.keys(present).length === 0) return null;

  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => issue.message);
    throw new OidcConfigError([...new Set(messages)].join("; "));
  }
  const values = parsed.data;
  const roleMap = parseRoleMap(values.OIDC_ROLE_MAP);
  const defaultRole = values.OIDC_DEFAULT_ROLE ?? null;
  if (roleMap.size === 0 && !defaultRole) {
    throw new OidcConfigError("OIDC_ROLE_MAP is empty and OIDC_DEFAULT_ROLE is not set, so nobody could sign in: map at least one group to a role");
  }
  const scopes = new Set(["openid", "email", "profile", ...values.OIDC_SCOPES.split(" ").filter(Boolean)]);
  return {
    issuer: values.OIDC_ISSUER,
    clientId: values.OIDC_CLIENT_ID,
    clientSecret: values.OIDC_CLIENT_SECRET,
    name: values.OIDC_NAME,
    scope: [...scopes].join(" "),
    roleClaim: values.OIDC_ROLE_CLAIM,
    roleMap,
    defaultRole,
  };
}

let cached: { config: OidcConfig | null } | undefined;

/** This process's configuration, read once from process.env. */
export function oidcConfig(): OidcConfig | null {
  cached ??= { config: readOidcConfig(process.env) };
  return cached.config;
}

/** The button label's provider name, or null when OpenID Connect is off (for the sign-in page). */
export function oidcDisplayName(): string | null {
  return oidcConfig()?.name ?? null;
}

/** The values of a claim as strings: an array's strings, or a single string; a dotted name reaches into objects. */
export function claimValues(claims: Record<string, unknown>, claimPath: string): string[] {
  let current: unknown = claims;
  for (const key of claimPath.split(".")) {
    if (!current || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, key)) return [];
    current = (current as Record<string, unknown>)[key];
  }
  if (typeof current === "string") return [current];
  if (Array.isArray(current)) return current.filter((value): value is string => typeof value === "string");
  return [];
}

/**
 * The role the provider's claims give: the most trusted mapped role among the claim's
 * values, else the default role, else null (the user is refused).
 */
export function roleFromClaims(claims: Record<string, unknown>, config: Pick<OidcConfig, "roleClaim" | "roleMap" | "defaultRole">): Role | null {
  let best = -1;
  for (const value of claimValues(claims, config.roleClaim)) {
    const role = config.roleMap.get(value);
    if (role) best = Math.max(best, ROLES.indexOf(role));
  }
  return best >= 0 ? (ROLES[best] ?? null) : config.defaultRole;
}

/** Claims as next-auth hands them to the signIn callback: the ID token's, completed by the userinfo endpoint's. */
export type OidcClaims = Record<string, unknown> & { sub: string };

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, "");

/** The next-auth provider for the configured issuer: discovery, authorization code with PKCE, state and nonce. */
export function oidcProvider(config: OidcConfig): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${withoutTrailingSlash(config.issuer)}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: config.scope } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    client: { token_endpoint_auth_method: "client_secret_basic" },
    // openid-client's default of 3.5 s is short for a busy identity provider.
    httpOptions: { timeout: 10_000 },
    userinfo: {
      // Many providers put only `sub` in the ID token and the rest (email, groups) behind the
      // userinfo endpoint; openid-client checks that its `sub` is the ID token's.
      async request({ tokens, client }) {
        const discovered = client.issuer.metadata.issuer;
        if (withoutTrailingSlash(discovered) !== withoutTrailingSlash(config.issuer)) {
          throw new Error(`The provider's discovery document names the issuer ${discovered}, not OIDC_ISSUER ${config.issuer}`);
        }
        const idTokenClaims = (tokens as TokenSet).claims();
        const userinfo = client.issuer.metadata.userinfo_endpoint && tokens.access_token ? await client.userinfo(tokens as TokenSet) : {};
        // The signed ID token wins where both name a claim.
        return { ...userinfo, ...idTokenClaims };
      },
    },
    profile(claims) {
      // The id and role here are placeholders: the signIn callback finds or creates the
      // user, and the jwt callback puts the database's id and role into the session.
      return {
        id: claims.sub,
        email: typeof claims.email === "string" ? claims.email : null,
        name: typeof claims.name === "string" ? claims.name : null,
        role: "viewer",
      };
    },
  };
}
