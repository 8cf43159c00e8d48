import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { hashPassword } from "../auth/password.ts";
import { requirePermission, type Principal, type Role } from "../auth/permissions.ts";
import { ValidationError } from "../errors.ts";
import { assertStillActiveAdmin } from "./admin-guard.ts";
import { isSystemActor, type SystemActor } from "./system-actor.ts";
import { fieldErrorsOf } from "../validation/field-errors.ts";
import { createUserInput, publicUserFields } from "./user-fields.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
}

function duplicateEmail(email: string): ValidationError {
  return new ValidationError(`A user with the email ${email} already exists`, { email: ["A user with this email already exists"] });
}


/**
 * Creates a user with a password. An admin (users:manage) or the command line (SYSTEM_ACTOR)
 * may; the audit entry, in the same transaction, records the new user without the hash.
 */
export async function createUser(prisma: PrismaClient, actor: Principal | SystemActor | null | undefined, raw: unknown): Promise<CreatedUser> {
  const principal = isSystemActor(actor) ? null : requirePermission(actor, "users:manage");
  const parsed = createUserInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError("Invalid user", fieldErrorsOf(parsed.error));
  const input = parsed.data;
  // Hashing takes ~100 ms: do it before the transaction rather than while holding locks.
  const passwordHash = await hashPassword(input.password);

  try {
    return await prisma.$transaction(async (tx) => {
      if (principal) await assertStillActiveAdmin(tx, principal);
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) throw duplicateEmail(input.email);
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash, active: true },
        select: publicUserFields,
      });
      await writeAudit(tx, { userId: principal?.userId ?? null, action: "user.create", entityType: "user", entityId: created.id, after: created });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(input.email);
    throw error;
  }
}
