import { beforeAll, describe, expect, it } from "vitest";
import { listAudit, listAuditFilterOptions } from "@/lib/audit/list-audit.ts";
import { readAuditQuery, type AuditFilters } from "@/lib/audit/audit-query.ts";
import { createUser } from "@/lib/users/create-user.ts";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors.ts";
import { PAGE_SIZE } from "@/lib/validation/pagination.ts";
import type { Principal } from "@/lib/auth/permissions.ts";
import type { PrismaClient } from "@/lib/db/client.ts";
import { withTestDatabases } from "../helpers/test-databases.ts";

const ROLES = ["viewer", "analyst", "editor", "admin"] as const;

async function arrange(prisma: PrismaClient) {
  const users = {} as Record<(typeof ROLES)[number], Principal & { email: string; name: string }>;
  for (const role of ROLES) {
    const user = await prisma.user.create({ data: { email: `${role}@audit.test`, name: `${role} person`, role } });
    users[role] = { userId: user.id, role, email: user.email, name: user.name };
  }
  // Written directly, with chosen times, to test the filters (the app only appends through writeAudit).
  const rows = [
    { key: "e1", at: "2024-05-01T10:00:00.000Z", userId: users.editor.userId, action: "attribution.change-status", entityType: "attribution", entityId: "claim-1" },
    { key: "e2", at: "2024-05-01T23:59:59.999Z", userId: users.admin.userId, action: "user.create", entityType: "user", entityId: "user-1" },
    { key: "e3", at: "2024-05-02T00:00:00.000Z", userId: null, action: "user.create-demo", entityType: "user", entityId: "user-2" },
    { key: "e4", at: "2024-05-15T08:30:00.000Z", userId: users.editor.userId, action: "attribution.change-status", entityType: "attribution", entityId: "claim-2" },
    { key: "e5", at: "2024-06-01T00:00:00.000Z", userId: users.admin.userId, action: "user.change-role", entityType: "user", entityId: "user-1" },
    { key: "e6", at: "2024-06-30T23:00:00.000Z", userId: null, action: "auth.sign-in-refused", entityType: "user", entityId: null },
  ];
  for (const row of rows) {
    await prisma.auditLog.create({
      data: { at: new Date(row.at), userId: row.userId, action: row.action, entityType: row.entityType, entityId: row.entityId, after: JSON.stringify({ key: row.key }) },
    });
  }
  return { users };
}

function keys(entries: { after: string | null }[]): string[] {
  return entries.map((entry) => (JSON.parse(entry.after ?? "{}") as { key?: string }).key ?? "?");
}

withTestDatabases((ctx) => {
  let fixture: Awaited<ReturnType<typeof arrange>>;
  beforeAll(async () => {
    fixture = await arrange(ctx.prisma());
  });

  const list = (filters: Partial<AuditFilters>, pageSize?: number) => listAudit(ctx.prisma(), fixture.users.editor, { page: 1, ...filters }, pageSize);

  it("lists every entry newest first, with the total and who wrote it", async () => {
    const result = await list({});
    expect(keys(result.entries)).toEqual(["e6", "e5", "e4", "e3", "e2", "e1"]);
    expect(result).toMatchObject({ total: 6, page: 1, pages: 1, pageSize: PAGE_SIZE });
    expect(result.entries[1]!.user).toEqual({ id: fixture.users.admin.userId, name: "admin person", email: "admin@audit.test" });
    expect(result.entries[0]!.user).toBeNull();
  });

  it.each([
    ["a user", () => ({ userId: fixture.users.editor.userId }), ["e4", "e1"]],
    ["the system", () => ({ userId: null }), ["e6", "e3"]],
    ["an entity type", () => ({ entityType: "attribution" }), ["e4", "e1"]],
    ["an entity id", () => ({ entityId: "user-1" }), ["e5", "e2"]],
    ["an action", () => ({ action: "user.create" }), ["e2"]],
    ["an entity type and an action", () => ({ entityType: "user", action: "user.change-role" }), ["e5"]],
    ["a start", () => ({ from: new Date("2024-05-15T00:00:00.000Z") }), ["e6", "e5", "e4"]],
    ["an end (exclusive)", () => ({ to: new Date("2024-06-01T00:00:00.000Z") }), ["e4", "e3", "e2", "e1"]],
    ["a user that wrote nothing", () => ({ userId: fixture.users.viewer.userId }), []],
  ] as const)("filters by %s", async (_label, filters, expected) => {
    const result = await list(filters());
    expect(keys(result.entries)).toEqual(expected);
    expect(result.total).toBe(expected.length);
  });

  it("reads URL dates as whole UTC days, both ends included", async () => {
    const { filters } = readAuditQuery({ from: "2024-05-01", to: "2024-05-01" });
    expect(keys((await list(filters)).entries)).toEqual(["e2", "e1"]);
    const june = readAuditQuery({ from: "2024-06-01", to: "2024-06-30", userId: "system" }).filters;
    expect(keys((await list(june)).entries)).toEqual(["e6"]);
  });

  it("pages through the results, keeping the total", async () => {
    const first = await list({ page: 1 }, 4);
    const second = await list({ page: 2 }, 4);
    expect(keys(first.entries)).toEqual(["e6", "e5", "e4", "e3"]);
    expect(keys(second.entries)).toEqual(["e2", "e1"]);
    expect(second).toMatchObject({ total: 6, pages: 2, page: 2 });
    expect((await list({ page: 3 }, 4)).entries).toEqual([]);
  });

  it(`uses the shared page size of ${PAGE_SIZE}`, async () => {
    await ctx.prisma().auditLog.createMany({
      data: Array.from({ length: PAGE_SIZE + 3 }, (_, i) => ({
        at: new Date(Date.UTC(2023, 0, 1, 0, i)),
        action: "bulk.test",
        entityType: "bulk",
        entityId: `bulk-${i}`,
      })),
    });
    const first = await list({ entityType: "bulk" });
    const second = await list({ entityType: "bulk", page: 2 });
    expect(first.entries).toHaveLength(PAGE_SIZE);
    expect(first.entries[0]!.entityId).toBe(`bulk-${PAGE_SIZE + 2}`);
    expect(second.entries.map((entry) => entry.entityId)).toEqual(["bulk-2", "bulk-1", "bulk-0"]);
    expect(second).toMatchObject({ total: PAGE_SIZE + 3, pages: 2 });
  });

  it("shows what the app's own mutations write, by the admin who made them", async () => {
    const created = await createUser(ctx.prisma(), fixture.users.admin, { email: "new@audit.test", name: "New", role: "viewer", password: "twelve chars plus" });
    const result = await list({ action: "user.create", entityId: created.id });
    expect(result.total).toBe(1);
    expect(result.entries[0]!.user?.email).toBe("admin@audit.test");
    expect(JSON.parse(result.entries[0]!.after!)).toMatchObject({ email: "new@audit.test", role: "viewer" });
  });

  it("offers the actions, entity types and users in use as filter options", async () => {
    const options = await listAuditFilterOptions(ctx.prisma(), fixture.users.admin);
    expect(options.actions).toEqual(expect.arrayContaining(["attribution.change-status", "auth.sign-in-refused", "user.create"]));
    expect(options.entityTypes).toEqual(expect.arrayContaining(["attribution", "user"]));
    expect(options.users.map((user) => user.email)).toEqual(expect.arrayContaining(["admin@audit.test", "viewer@audit.test"]));
  });

  describe("who may read it", () => {
    it.each(["editor", "admin"] as const)("an %s may", async (role) => {
      await expect(listAudit(ctx.prisma(), fixture.users[role], { page: 1 })).resolves.toMatchObject({ page: 1 });
    });

    it.each([
      ["a viewer", "viewer", ForbiddenError],
      ["an analyst", "analyst", ForbiddenError],
      ["nobody signed in", null, UnauthorizedError],
    ] as const)("%s may not", async (_label, role, errorClass) => {
      const principal = role ? fixture.users[role] : null;
      await expect(listAudit(ctx.prisma(), principal, { page: 1 })).rejects.toBeInstanceOf(errorClass);
      await expect(listAuditFilterOptions(ctx.prisma(), principal)).rejects.toBeInstanceOf(errorClass);
    });
  });
});
