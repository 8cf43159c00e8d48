import { expect, it } from "vitest";
import { parseRoleMap } from "@/lib/auth/oidc.ts";
import { findActiveUserByEmail, signInWithOidc } from "@/lib/auth/oidc-users.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const config = {
  issuer: "https://id.example.org",
  roleClaim: "groups",
  roleMap: parseRoleMap("ct-admins=admin,ct-editors=editor,ct-analysts=analyst"),
  defaultRole: null,
};

withTestDatabases((ctx) => {
  const auditOf = (userId: string) =>
    ctx.prisma().auditLog.findMany({ where: { userId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, before: true, after: true } });

  it("creates a user without a password on first sign-in, with the mapped role and its audit entries", async () => {
    const result = await signInWithOidc(
      ctx.prisma(),
      { sub: "s-1", email: " Nadia@Example.org ", email_verified: true, name: "Nadia N", groups: ["staff", "ct-analysts"] },
      config,
    );
    expect(result).toMatchObject({ ok: true, created: true, user: { email: "nadia@example.org", name: "Nadia N", role: "analyst" } });
    if (!result.ok) throw new Error("refused");
    const stored = await ctx.prisma().user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(stored).toMatchObject({ passwordHash: null, active: true, role: "analyst" });
    expect(stored.lastLoginAt).not.toBeNull();
    const audit = await auditOf(result.user.id);
    expect(audit.map((entry) => entry.action)).toEqual(["user.create-oidc", "auth.sign-in"]);
    expect(JSON.parse(audit[1]!.after!)).toMatchObject({ method: "oidc" });
    expect(await findActiveUserByEmail(ctx.prisma(), "NADIA@example.org")).toEqual({ id: result.user.id, role: "analyst" });
  });

  it("updates the role from the groups on each sign-in and audits only a change", async () => {
    const claims = { sub: "s-2", email: "omar@example.org", groups: ["ct-editors"] };
    const first = await signInWithOidc(ctx.prisma(), claims, config);
    const second = await signInWithOidc(ctx.prisma(), { ...claims, groups: ["ct-analysts", "ct-admins"] }, config);
    const third = await signInWithOidc(ctx.prisma(), { ...claims, groups: ["ct-admins"] }, config);
    expect([first, second, third].map((result) => result.ok && result.user.role)).toEqual(["editor", "admin", "admin"]);
    if (!second.ok) throw new Error("refused");
    expect(second).toMatchObject({ created: false, previousRole: "editor" });
    const audit = await auditOf(second.user.id);
    expect(audit.map((entry) => entry.action)).toEqual(["user.create-oidc", "auth.sign-in", "user.role-from-oidc", "auth.sign-in", "auth.sign-in"]);
    expect(JSON.parse(audit[2]!.before!)).toEqual({ role: "editor" });
    expect(JSON.parse(audit[2]!.after!)).toMatchObject({ role: "admin" });
  });

  it("links to an existing account by email and takes the provider's role", async () => {
    const local = await ctx.prisma().user.create({ data: { email: "local@example.org", name: "Local", role: "admin", passwordHash: "scrypt$x" } });
    const result = await signInWithOidc(ctx.prisma(), { sub: "s-3", email: "local@example.org", groups: ["ct-analysts"] }, config);
    expect(result).toMatchObject({ ok: true, created: false, previousRole: "admin", user: { id: local.id, role: "analyst", name: "Local" } });
  });

  it("refuses an unverified email, a missing email, an unmapped user and a deactivated user, and audits only the refusals", async () => {
    const before = await ctx.prisma().auditLog.count();
    const users = await ctx.prisma().user.count();
    expect(await signInWithOidc(ctx.prisma(), { sub: "u", email: "u@example.org", email_verified: false, groups: ["ct-admins"] }, config)).toMatchObject({ ok: false, reason: "OidcEmailUnverified" });
    expect(await signInWithOidc(ctx.prisma(), { sub: "u", email: "u@example.org", email_verified: "false", groups: ["ct-admins"] }, config)).toMatchObject({ ok: false, reason: "OidcEmailUnverified" });
    expect(await signInWithOidc(ctx.prisma(), { sub: "u", groups: ["ct-admins"] }, config)).toMatchObject({ ok: false, reason: "OidcNoEmail" });
    expect(await signInWithOidc(ctx.prisma(), { sub: "u", email: "u@example.org", groups: ["staff"] }, config)).toMatchObject({ ok: false, reason: "OidcNoRole" });
    await ctx.prisma().user.create({ data: { email: "gone@example.org", name: "Gone", role: "viewer", active: false } });
    expect(await signInWithOidc(ctx.prisma(), { sub: "g", email: "gone@example.org", groups: ["ct-admins"] }, config)).toMatchObject({ ok: false, reason: "OidcDeactivated" });
    expect(await findActiveUserByEmail(ctx.prisma(), "gone@example.org")).toBeNull();
    const refusals = await ctx.prisma().auditLog.findMany({ where: { action: "auth.sign-in-refused" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(await ctx.prisma().auditLog.count()).toBe(before + 5);
    expect(refusals.map((entry) => JSON.parse(entry.after!).reason)).toEqual(["email-unverified", "email-unverified", "no-email", "no-role", "deactivated"]);
    expect(refusals.every((entry) => entry.userId === null && JSON.parse(entry.after!).method === "oidc")).toBe(true);
    expect(refusals.at(-1)?.entityId).toBe((await ctx.prisma().user.findUniqueOrThrow({ where: { email: "gone@example.org" } })).id);
    expect(await ctx.prisma().user.count()).toBe(users + 1);
    expect((await ctx.prisma().user.findUniqueOrThrow({ where: { email: "gone@example.org" } })).role).toBe("viewer");
  });

  it("gives the default role to an unmapped user when one is configured", async () => {
    const result = await signInWithOidc(ctx.prisma(), { sub: "s-5", email: "vic@example.org", preferred_username: "vic", groups: [] }, { ...config, defaultRole: "viewer" });
    expect(result).toMatchObject({ ok: true, user: { role: "viewer", name: "vic" } });
  });
});
