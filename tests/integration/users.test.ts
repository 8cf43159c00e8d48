import { beforeEach, describe, expect, it } from "vitest";
import { createUser } from "@/lib/users/create-user.ts";
import { updateUser } from "@/lib/users/update-user.ts";
import { listUsers } from "@/lib/users/list-users.ts";
import { SYSTEM_ACTOR } from "@/lib/users/system-actor.ts";
import { hashPassword, verifyPassword } from "@/lib/auth/password.ts";
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors.ts";
import type { Principal, Role } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const ROLES_UNDER_TEST = ["viewer", "analyst", "editor", "admin"] as const;
const PASSWORD = "a long enough passphrase";
let run = 0;
let sharedHash: string | undefined;

/** One signed-in user per role, an active target and a deactivated target, all tagged by run. */
async function arrange(prisma: PrismaClient) {
  run += 1;
  const tag = `r${run}`;
  sharedHash ??= await hashPassword("fixture password 1");
  const make = (role: Role, label: string, active = true) =>
    prisma.user.create({ data: { email: `${label}-${tag}@example.test`, name: `${label} ${tag}`, role, active, passwordHash: sharedHash } });
  const users = {} as Record<(typeof ROLES_UNDER_TEST)[number], Principal>;
  for (const role of ROLES_UNDER_TEST) {
    const user = await make(role, role);
    users[role] = { userId: user.id, role };
  }
  const target = await make("analyst", "target");
  const inactive = await make("viewer", "inactive", false);
  return { tag, users, target, inactive };
}

/** Every user row (hash included, to prove it does not change) and the audit count. */
async function snapshot(prisma: PrismaClient) {
  const [users, audit] = await Promise.all([
    prisma.user.findMany({ orderBy: { id: "asc" } }),
    prisma.auditLog.count(),
  ]);
  return { users, audit };
}

/** Leaves `keep` as the only active admin (other tests' admins are deactivated). */
async function onlyActiveAdmin(prisma: PrismaClient, keep: string[]) {
  await prisma.user.updateMany({ where: { role: "admin", id: { notIn: keep } }, data: { active: false } });
}

type Fixture = Awaited<ReturnType<typeof arrange>>;
type Mutation = (prisma: PrismaClient, principal: Principal | null, f: Fixture) => Promise<unknown>;

const MUTATIONS: Record<string, Mutation> = {
  "create a user": (prisma, principal, f) =>
    createUser(prisma, principal, { email: `new-${f.tag}@example.test`, name: "New Person", role: "editor", password: PASSWORD }),
  "change a role": (prisma, principal, f) => updateUser(prisma, principal, { userId: f.target.id, role: "editor" }),
  "deactivate a user": (prisma, principal, f) => updateUser(prisma, principal, { userId: f.target.id, active: "false" }),
  "reactivate a user": (prisma, principal, f) => updateUser(prisma, principal, { userId: f.inactive.id, active: "true" }),
};

const REFUSALS = [
  ["nobody signed in", null, UnauthorizedError],
  ["a viewer", "viewer", ForbiddenError],
  ["an analyst", "analyst", ForbiddenError],
  ["an editor", "editor", ForbiddenError],
] as const;

withTestDatabases((ctx) => {
  let f: Fixture;
  beforeEach(async () => {
    f = await arrange(ctx.prisma());
  });

  describe.each(Object.keys(MUTATIONS))("%s", (name) => {
    const mutate = MUTATIONS[name]!;

    it.each(REFUSALS)("is refused to %s and changes nothing", async (_label, role, errorClass) => {
      const before = await snapshot(ctx.prisma());
      const principal = role ? f.users[role] : null;
      await expect(mutate(ctx.prisma(), principal, f)).rejects.toBeInstanceOf(errorClass);
      expect(await snapshot(ctx.prisma())).toEqual(before);
    });

    it("is refused to a session still saying admin after the account was deactivated, and changes nothing", async () => {
      await ctx.prisma().user.update({ where: { id: f.users.admin.userId }, data: { active: false } });
      const before = await snapshot(ctx.prisma());
      await expect(mutate(ctx.prisma(), f.users.admin, f)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot(ctx.prisma())).toEqual(before);
    });

    it("is allowed to an admin, with one audit entry by that admin and no password hash in it", async () => {
      const audit = await ctx.prisma().auditLog.count();
      await mutate(ctx.prisma(), f.users.admin, f);
      expect(await ctx.prisma().auditLog.count()).toBe(audit + 1);
      const entry = await ctx.prisma().auditLog.findFirstOrThrow({ orderBy: [{ at: "desc" }, { id: "desc" }] });
      expect(entry).toMatchObject({ userId: f.users.admin.userId, entityType: "user" });
      for (const text of [entry.before, entry.after]) {
        expect(text ?? "").not.toMatch(/passwordHash|scrypt\$/);
        expect(text ?? "").not.toContain(PASSWORD);
      }
    });
  });

  describe("createUser", () => {
    it("stores a normalised email, a scrypt hash of the password and an audit entry of the new user", async () => {
      const created = await createUser(ctx.prisma(), f.users.admin, { email: `  Grace.Hopper-${f.tag}@Example.TEST `, name: " Grace Hopper ", role: "editor", password: PASSWORD });
      expect(created).toEqual({ id: expect.any(String), email: `grace.hopper-${f.tag}@example.test`, name: "Grace Hopper", role: "editor", active: true });
      const stored = await ctx.prisma().user.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored.passwordHash).toMatch(/^scrypt\$/);
      expect(stored.passwordHash).not.toContain(PASSWORD);
      expect(await verifyPassword(PASSWORD, stored.passwordHash!)).toBe(true);
      const entry = await ctx.prisma().auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: created.id } });
      expect(entry.before).toBeNull();
      expect(JSON.parse(entry.after!)).toEqual(created);
    });

    it("records the command line's creations as the system (no user)", async () => {
      const created = await createUser(ctx.prisma(), SYSTEM_ACTOR, { email: `cli-${f.tag}@example.test`, name: "CLI", role: "admin", password: PASSWORD });
      const entry = await ctx.prisma().auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: created.id } });
      expect(entry.userId).toBeNull();
    });

    it.each([
      ["a duplicate email, whatever its case", (tag: string) => ({ email: `VIEWER-${tag}@example.test` }), "email"],
      ["a password of 11 characters", () => ({ password: "eleven char" }), "password"],
      ["an unknown role", () => ({ role: "root" }), "role"],
      ["an invalid email", () => ({ email: "not-an-email" }), "email"],
      ["an empty name", () => ({ name: "  " }), "name"],
    ])("rejects %s with a field error and changes nothing", async (_label, patch, field) => {
      const before = await snapshot(ctx.prisma());
      const attempt = createUser(ctx.prisma(), f.users.admin, { email: `fresh-${f.tag}@example.test`, name: "Fresh", role: "viewer", password: PASSWORD, ...patch(f.tag) });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await attempt.catch((error: ValidationError) => expect(Object.keys(error.fieldErrors)).toEqual([field]));
      expect(await snapshot(ctx.prisma())).toEqual(before);
    });

    it("lets only one of two simultaneous creations of one email through", async () => {
      const input = { email: `race-${f.tag}@example.test`, name: "Race", role: "viewer", password: PASSWORD };
      const results = await Promise.allSettled([createUser(ctx.prisma(), f.users.admin, input), createUser(ctx.prisma(), SYSTEM_ACTOR, input)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(ValidationError);
      expect(await ctx.prisma().user.count({ where: { email: input.email } })).toBe(1);
      expect(await ctx.prisma().auditLog.count({ where: { action: "user.create", after: { contains: input.email } } })).toBe(1);
    });
  });

  describe("updateUser", () => {
    it("changes a role, deactivates and reactivates, auditing before and after each time", async () => {
      const prisma = ctx.prisma();
      expect(await updateUser(prisma, f.users.admin, { userId: f.target.id, role: "editor" })).toMatchObject({ role: "editor", active: true });
      expect(await updateUser(prisma, f.users.admin, { userId: f.target.id, active: "false" })).toMatchObject({ role: "editor", active: false });
      expect(await updateUser(prisma, f.users.admin, { userId: f.target.id, active: "true" })).toMatchObject({ role: "editor", active: true });
      const entries = await prisma.auditLog.findMany({ where: { entityId: f.target.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
      expect(entries.map((entry) => entry.action)).toEqual(["user.change-role", "user.deactivate", "user.reactivate"]);
      expect(JSON.parse(entries[0]!.before!)).toEqual({ id: f.target.id, email: f.target.email, name: f.target.name, role: "analyst", active: true });
      expect(JSON.parse(entries[0]!.after!)).toMatchObject({ role: "editor", active: true });
      expect(JSON.parse(entries[1]!.after!)).toMatchObject({ active: false });
      expect(await prisma.user.findUniqueOrThrow({ where: { id: f.target.id } })).toMatchObject({ role: "editor", active: true });
    });

    it("refuses an admin deactivating or demoting themselves while other admins exist, and changes nothing", async () => {
      const prisma = ctx.prisma();
      expect(await prisma.user.count({ where: { role: "admin", active: true, id: { not: f.users.admin.userId } } })).toBeGreaterThan(0);
      const before = await snapshot(prisma);
      for (const change of [{ active: "false" }, { role: "editor" }]) {
        const attempt = updateUser(prisma, f.users.admin, { userId: f.users.admin.userId, ...change });
        await expect(attempt).rejects.toBeInstanceOf(ValidationError);
        await expect(attempt).rejects.toThrow(/yourself|your own/);
      }
      expect(await snapshot(prisma)).toEqual(before);
    });

    it("never removes the last active admin", async () => {
      const prisma = ctx.prisma();
      await onlyActiveAdmin(prisma, [f.users.admin.userId]);
      const before = await snapshot(prisma);
      for (const change of [{ active: "false" }, { role: "viewer" }, { role: "editor", active: "false" }]) {
        const attempt = updateUser(prisma, f.users.admin, { userId: f.users.admin.userId, ...change });
        await expect(attempt).rejects.toBeInstanceOf(ValidationError);
        await expect(attempt).rejects.toThrow("The last active admin cannot be removed");
      }
      expect(await snapshot(prisma)).toEqual(before);
      expect(await prisma.user.count({ where: { role: "admin", active: true } })).toBe(1);
    });

    it("lets an admin demote another admin while one remains, after which the demoted one can do nothing", async () => {
      const prisma = ctx.prisma();
      const second = await prisma.user.create({ data: { email: `admin2-${f.tag}@example.test`, name: "Second admin", role: "admin" } });
      await onlyActiveAdmin(prisma, [f.users.admin.userId, second.id]);
      await updateUser(prisma, f.users.admin, { userId: second.id, role: "analyst" });
      const before = await snapshot(prisma);
      // The demoted admin's session still says admin until its next request.
      await expect(updateUser(prisma, { userId: second.id, role: "admin" }, { userId: f.users.admin.userId, role: "viewer" })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await snapshot(prisma)).toEqual(before);
    });

    it("keeps an admin when the last two demote each other at the same moment", async () => {
      const prisma = ctx.prisma();
      const second = await prisma.user.create({ data: { email: `admin3-${f.tag}@example.test`, name: "Third admin", role: "admin" } });
      await onlyActiveAdmin(prisma, [f.users.admin.userId, second.id]);
      const results = await Promise.allSettled([
        updateUser(prisma, f.users.admin, { userId: second.id, active: "false" }),
        updateUser(prisma, { userId: second.id, role: "admin" }, { userId: f.users.admin.userId, role: "viewer" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(ForbiddenError);
      expect(await prisma.user.count({ where: { role: "admin", active: true } })).toBe(1);
    });

    it("rejects a change that changes nothing, and an unknown user", async () => {
      const before = await snapshot(ctx.prisma());
      const sameRole = updateUser(ctx.prisma(), f.users.admin, { userId: f.target.id, role: "analyst" });
      await expect(sameRole).rejects.toBeInstanceOf(ValidationError);
      await sameRole.catch((error: ValidationError) => expect(error.fieldErrors).toEqual({ role: [`${f.target.email} is already an analyst`] }));
      const sameState = updateUser(ctx.prisma(), f.users.admin, { userId: f.target.id, active: true });
      await expect(sameState).rejects.toBeInstanceOf(ValidationError);
      await sameState.catch((error: ValidationError) => expect(error.fieldErrors).toEqual({ active: [`${f.target.email} is already active`] }));
      await expect(updateUser(ctx.prisma(), f.users.admin, { userId: "no-such-user", role: "viewer" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateUser(ctx.prisma(), f.users.admin, { userId: f.target.id, role: "owner" })).rejects.toBeInstanceOf(ValidationError);
      expect(await snapshot(ctx.prisma())).toEqual(before);
    });
  });

  describe("listUsers", () => {
    it("lists users for an admin without password hashes", async () => {
      const users = await listUsers(ctx.prisma(), f.users.admin);
      const target = users.find((user) => user.id === f.target.id);
      expect(target).toMatchObject({ email: f.target.email, role: "analyst", active: true, hasPassword: true });
      expect(JSON.stringify(users)).not.toMatch(/passwordHash|scrypt\$/);
    });

    it.each(REFUSALS)("is refused to %s", async (_label, role, errorClass) => {
      await expect(listUsers(ctx.prisma(), role ? f.users[role] : null)).rejects.toBeInstanceOf(errorClass);
    });
  });
});
