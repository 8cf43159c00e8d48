import { ForbiddenError, UnauthorizedError } from "../errors.ts";

/** The roles, from least to most trusted. */
export const ROLES = ["viewer", "analyst", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | "dashboard:read"
  | "export:read"
  | "records:write"
  | "attribution:propose"
  | "attribution:change-status"
  | "audit:read"
  | "users:manage";

/** The one map from roles to what they may do. Anything not listed is denied. */
const PERMISSIONS_BY_ROLE: Record<Role, readonly Permission[]> = {
  viewer: ["dashboard:read", "export:read"],
  analyst: ["dashboard:read", "export:read", "records:write", "attribution:propose"],
  editor: ["dashboard:read", "export:read", "records:write", "attribution:propose", "attribution:change-status", "audit:read"],
  admin: [
    "dashboard:read",
    "export:read",
    "records:write",
    "attribution:propose",
    "attribution:change-status",
    "audit:read",
    "users:manage",
  ],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Fails closed: an unknown role or permission has no rights. */
export function hasPermission(role: unknown, permission: Permission): boolean {
  return isRole(role) && PERMISSIONS_BY_ROLE[role].includes(permission);
}

export interface Principal {
  userId: string;
  role: Role;
}

/** Throws 401 for nobody signed in, 403 for a role without the right; returns the principal. */
export function requirePermission<P extends Principal>(principal: P | null | undefined, permission: Permission): P {
  if (!principal) throw new UnauthorizedError();
  if (!hasPermission(principal.role, permission)) {
    throw new ForbiddenError(`The ${principal.role} role may not do this (${permission}).`);
  }
  return principal;
}
