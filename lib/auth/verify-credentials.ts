import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { recordSignInRefusal } from "./record-refusal.ts";
import { verifyPassword } from "./password.ts";
import { isRole, type Role } from "./permissions.ts";
import { accountKey, loginRateLimiter, type LoginRateLimiter } from "./rate-limit.ts";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface VerifyCredentialsOptions {
  /** The client's address (lib/auth/client-address.ts) for the per-address limit; null when unknown. */
  clientAddress?: string | null;
  /** Defaults to the process-wide limiter; tests pass their own. */
  limiter?: LoginRateLimiter;
}

/** Why a sign-in was refused, as the audit log records it (the user is only ever told "wrong"). */
export type SignInRefusal =
  | "rate-limited-account"
  | "rate-limited-address"
  | "unknown-email"
  | "no-password"
  | "wrong-password"
  | "deactivated"
  | "invalid-role";

// Compared against when the email is unknown, so both paths take the same time.
const DUMMY_HASH = "scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$" + Buffer.alloc(64).toString("base64");

async function recordRefusal(prisma: PrismaClient, email: string, clientAddress: string | null, reason: SignInRefusal, userId: string | null) {
  await recordSignInRefusal(prisma, userId, { email, reason, clientAddress });
}

/**
 * Checks an email and password; records the sign-in, or the refusal and its reason.
 * Null for any failure, without telling the caller which. Refuses without checking the
 * password while the account or the client address is rate-limited (lib/auth/rate-limit.ts);
 * a lockout is logged once, not once per refused attempt, so a flood cannot fill the log.
 */
export async function verifyCredentials(
  prisma: PrismaClient,
  email: string,
  password: string,
  options: VerifyCredentialsOptions = {},
): Promise<SignedInUser | null> {
  const account = accountKey(email);
  const clientAddress = options.clientAddress ?? null;
  const limiter = options.limiter ?? loginRateLimiter();

  const throttle = limiter.attempt(account, clientAddress);
  if (throttle.limited) {
    if (throttle.firstRefusal) await recordRefusal(prisma, account, clientAddress, `rate-limited-${throttle.scope}`, null);
    return null;
  }

  const user = await prisma.user.findUnique({ where: { email: account } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active || !isRole(user.role)) {
    const reason: SignInRefusal = !user
      ? "unknown-email"
      : !user.passwordHash
        ? "no-password"
        : !ok
          ? "wrong-password"
          : !user.active
            ? "deactivated"
            : "invalid-role";
    await recordRefusal(prisma, account, clientAddress, reason, user?.id ?? null);
    return null;
  }
  limiter.recordSuccess(account, clientAddress);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { userId: user.id, action: "auth.sign-in", entityType: "user", entityId: user.id });
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
