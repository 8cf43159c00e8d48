import { describe, expect, it } from "vitest";
import { hasPermission, requirePermission, ROLES, type Permission } from "@/lib/auth/permissions.ts";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors.ts";

const expected: Record<Permission, string[]> = {
  "dashboard:read": ["viewer", "analyst", "editor", "admin"],
  "export:read": ["viewer", "analyst", "editor", "admin"],
  "records:write": ["analyst", "editor", "admin"],
  "attribution:propose": ["analyst", "editor", "admin"],
  "attribution:change-status": ["editor", "admin"],
  "audit:read": ["editor", "admin"],
  "users:manage": ["admin"],
};

describe("role permissions", () => {
  for (const [permission, roles] of Object.entries(expected) as [Permission, string[]][]) {
    it(`${permission} is granted to exactly ${roles.join(", ")}`, () => {
      expect(ROLES.filter((role) => hasPermission(role, permission))).toEqual(roles);
    });
  }

  it("fails closed for unknown roles and permissions", () => {
    expect(hasPermission("superuser", "dashboard:read")).toBe(false);
    expect(hasPermission(undefined, "dashboard:read")).toBe(false);
    expect(hasPermission("admin", "everything" as Permission)).toBe(false);
  });

  it("answers 401 to nobody and 403 to a role without the right", () => {
    expect(() => requirePermission(null, "dashboard:read")).toThrow(UnauthorizedError);
    expect(() => requirePermission({ userId: "u", role: "viewer" }, "records:write")).toThrow(ForbiddenError);
    expect(requirePermission({ userId: "u", role: "editor" }, "attribution:change-status").userId).toBe("u");
  });
});
