import { describe, expect, it } from "vitest";
import { claimValues, OidcConfigError, parseRoleMap, readOidcConfig, roleFromClaims, type OidcConfig } from "@/lib/auth/oidc.ts";

const base = {
  OIDC_ISSUER: "https://id.example.org/realms/ct",
  OIDC_CLIENT_ID: "campaign-tracker",
  OIDC_CLIENT_SECRET: "s3cret",
  OIDC_ROLE_MAP: "ct-admins=admin,ct-editors=editor,ct-analysts=analyst",
};

function mapping(overrides: Partial<Pick<OidcConfig, "roleClaim" | "defaultRole">> & { map?: string } = {}) {
  return {
    roleClaim: overrides.roleClaim ?? "groups",
    roleMap: parseRoleMap(overrides.map ?? base.OIDC_ROLE_MAP),
    defaultRole: overrides.defaultRole ?? null,
  };
}

describe("roleFromClaims", () => {
  it("gives the most trusted mapped role, whatever the order of the groups", () => {
    expect(roleFromClaims({ groups: ["ct-analysts"] }, mapping())).toBe("analyst");
    expect(roleFromClaims({ groups: ["ct-analysts", "ct-admins", "ct-editors"] }, mapping())).toBe("admin");
    expect(roleFromClaims({ groups: ["staff", "ct-editors", "ct-analysts"] }, mapping())).toBe("editor");
  });

  it("refuses users without a mapped group when there is no default role (fail closed)", () => {
    expect(roleFromClaims({ groups: ["staff"] }, mapping())).toBeNull();
    expect(roleFromClaims({ groups: [] }, mapping())).toBeNull();
    expect(roleFromClaims({}, mapping())).toBeNull();
    expect(roleFromClaims({ groups: "staff" }, mapping())).toBeNull();
  });

  it("gives the default role to users without a mapped group when one is set", () => {
    expect(roleFromClaims({ groups: ["staff"] }, mapping({ defaultRole: "viewer" }))).toBe("viewer");
    expect(roleFromClaims({ groups: ["ct-editors"] }, mapping({ defaultRole: "viewer" }))).toBe("editor");
  });

  it("matches claim values exactly: no case folding, no substrings", () => {
    expect(roleFromClaims({ groups: ["CT-ADMINS", "ct-admins-old", "ct-admin"] }, mapping())).toBeNull();
  });

  it("reads a single string claim and a nested claim", () => {
    expect(roleFromClaims({ roles: "ct-editors" }, mapping({ roleClaim: "roles" }))).toBe("editor");
    expect(roleFromClaims({ realm_access: { roles: ["ct-admins"] } }, mapping({ roleClaim: "realm_access.roles" }))).toBe("admin");
  });

  it("ignores values that are not strings and claims that are not there", () => {
    expect(claimValues({ groups: ["ct-admins", 7, null, { name: "ct-admins" }] }, "groups")).toEqual(["ct-admins"]);
    expect(claimValues({ groups: { admins: true } }, "groups")).toEqual([]);
    expect(claimValues({ realm_access: "ct-admins" }, "realm_access.roles")).toEqual([]);
    expect(claimValues({ groups: ["a"] }, "toString")).toEqual([]);
  });
});

describe("parseRoleMap", () => {
  it("reads value=role pairs, trimming spaces and skipping empty entries", () => {
    expect([...parseRoleMap(" ct-admins = admin ,, ct-viewers=viewer, ")]).toEqual([
      ["ct-admins", "admin"],
      ["ct-viewers", "viewer"],
    ]);
  });

  it("reads a JSON object for values that contain = or ,", () => {
    const map = parseRoleMap('{"cn=ct-admins,ou=groups,dc=example,dc=org": "admin"}');
    expect(map.get("cn=ct-admins,ou=groups,dc=example,dc=org")).toBe("admin");
  });

  it("names the bad entry", () => {
    expect(() => parseRoleMap("ct-admins=superuser")).toThrow(/OIDC_ROLE_MAP maps "ct-admins" to "superuser"/);
    expect(() => parseRoleMap("ct-admins")).toThrow(/OIDC_ROLE_MAP entry "ct-admins" is not of the form value=role/);
    expect(() => parseRoleMap("=admin")).toThrow(OidcConfigError);
    expect(() => parseRoleMap("a=admin,a=viewer")).toThrow(/both admin and viewer/);
    expect(() => parseRoleMap("{not json")).toThrow(/not valid JSON/);
    expect(() => parseRoleMap('{"ct-admins": ["admin"]}')).toThrow(/maps "ct-admins" to \["admin"\], which is not one of/);
  });
});

describe("readOidcConfig", () => {
  it("is off when no OIDC_ variable is set", () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ OIDC_ISSUER: "  ", OTHER: "x" })).toBeNull();
  });

  it("reads a complete configuration with its defaults", () => {
    const config = readOidcConfig(base);
    expect(config).toMatchObject({
      issuer: base.OIDC_ISSUER,
      clientId: "campaign-tracker",
      clientSecret: "s3cret",
      name: "SSO",
      scope: "openid email profile",
      roleClaim: "groups",
      defaultRole: null,
    });
    expect(config?.roleMap.get("ct-editors")).toBe("editor");
  });

  it("adds extra scopes once and keeps the label", () => {
    const config = readOidcConfig({ ...base, OIDC_SCOPES: "groups  email offline_access", OIDC_NAME: "Acme ID", OIDC_ROLE_CLAIM: "roles" });
    expect(config?.scope).toBe("openid email profile groups offline_access");
    expect(config?.name).toBe("Acme ID");
    expect(config?.roleClaim).toBe("roles");
  });

  it("names each missing variable of a partial configuration", () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID is required.*OIDC_CLIENT_SECRET is required/);
    expect(() => readOidcConfig({ ...base, OIDC_CLIENT_SECRET: "" })).toThrow(/OIDC_CLIENT_SECRET is required/);
    expect(() => readOidcConfig({ OIDC_ROLE_MAP: base.OIDC_ROLE_MAP })).toThrow(/OIDC_ISSUER is required/);
  });

  it("requires https except on localhost", () => {
    expect(() => readOidcConfig({ ...base, OIDC_ISSUER: "http://id.example.org" })).toThrow(/OIDC_ISSUER must use https/);
    expect(() => readOidcConfig({ ...base, OIDC_ISSUER: "id.example.org" })).toThrow(/OIDC_ISSUER must be an absolute URL/);
    expect(readOidcConfig({ ...base, OIDC_ISSUER: "http://localhost:4555" })?.issuer).toBe("http://localhost:4555");
    expect(readOidcConfig({ ...base, OIDC_ISSUER: "http://127.0.0.1:4555/" })?.issuer).toBe("http://127.0.0.1:4555/");
  });

  it("refuses a configuration under which nobody could sign in, and a default role above analyst", () => {
    expect(() => readOidcConfig({ ...base, OIDC_ROLE_MAP: "" })).toThrow(/OIDC_ROLE_MAP is empty and OIDC_DEFAULT_ROLE is not set/);
    expect(readOidcConfig({ ...base, OIDC_ROLE_MAP: "", OIDC_DEFAULT_ROLE: "viewer" })?.defaultRole).toBe("viewer");
    expect(() => readOidcConfig({ ...base, OIDC_DEFAULT_ROLE: "admin" })).toThrow(/OIDC_DEFAULT_ROLE must be one of viewer, analyst/);
  });

  it("rejects a malformed role claim path and an invalid map with the variable's name", () => {
    expect(() => readOidcConfig({ ...base, OIDC_ROLE_CLAIM: "realm_access..roles" })).toThrow(/OIDC_ROLE_CLAIM/);
    expect(() => readOidcConfig({ ...base, OIDC_ROLE_MAP: "ct-admins=root" })).toThrow(/OIDC_ROLE_MAP/);
  });
});
