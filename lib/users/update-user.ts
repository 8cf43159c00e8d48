import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { requirePermission, type Principal, type Role } from "../auth/permissions.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { assertStillActiveAdmin, lockActiveAdmins } from "./admin-guard.ts";
import { fieldErrorsOf } from "../validation/field-errors.ts";
import { publicUserFields, updateUserInput } from "./user-fields.ts";

export interface UpdatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
}

/** The audit action for a change: one verb when one thing changed. */
function auditAction(before: UpdatedUser, after: UpdatedUser): string {
  const roleChanged = before.role !== after.role;
  const activeChanged = before.active !== after.active;
  if (roleChanged && activeChanged) return "user.update";
  if (roleChanged) return "user.change-role";
  return after.active ? "user.reactivate" : "user.deactivate";
}

/**
 * Changes a user's role and/or active state (deactivate, reactivate); admins only.
 * There is always at least one active admin: the last one can be neither demoted nor
 * deactivated, and an admin cannot demote or deactivate themselves (another admin must).
 * The change and its audit entry (before/after, never the hash) commit together.
 */
export async function updateUser(prisma: PrismaClient, actor: Principal | null | undefined, raw: unknown): Promise<UpdatedUser> {
  const principal = requirePermission(actor, "users:manage");
  const parsed = updateUserInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError("Invalid change", fieldErrorsOf(parsed.error));
  const input = parsed.data;

  return prisma.$transaction(async (tx) => {
    await lockActiveAdmins(tx);
    await assertStillActiveAdmin(tx, principal);
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: publicUserFields });
    if (!before) throw new NotFoundError(`No user ${input.userId}`);
    const after: UpdatedUser = { ...before, role: input.role ?? before.role, active: input.active ?? before.active };
    // The field an error belongs next to: the role when it was sent and (if both were) changed.
    const field = input.role !== undefined && (input.active === undefined || input.role !== before.role) ? "role" : "active";
    if (after.role === before.role && after.active === before.active) {
      const state = field === "role" ? `an ${after.role}`.replace(/^an (?=[^aeiou])/, "a ") : after.active ? "active" : "deactivated";
      throw new ValidationError("Nothing changed", { [field]: [`${before.email} is already ${state}`] });
    }

    const removesAnAdmin = before.role === "admin" && before.active && (after.role !== "admin" || !after.active);
    if (removesAnAdmin) {
      const otherAdmins = await tx.user.count({ where: { role: "admin", active: true, id: { not: before.id } } });
      if (otherAdmins === 0) {
        throw new ValidationError("The last active admin cannot be removed", {
          [field]: ["This is the last active admin: make another user admin first"],
        });
      }
    }
    if (before.id === principal.userId) {
      if (!after.active) throw new ValidationError("You cannot deactivate yourself", { active: ["Another admin must deactivate your account"] });
      if (after.role !== "admin") throw new ValidationError("You cannot remove your own admin role", { role: ["Another admin must change your role"] });
    }

    await tx.user.update({ where: { id: before.id }, data: { role: after.role, active: after.active } });
    await writeAudit(tx, { userId: principal.userId, action: auditAction(before, after), entityType: "user", entityId: before.id, before, after });
    return after;
  });
}
