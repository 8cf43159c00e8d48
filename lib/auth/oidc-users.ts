import "server-only";
import type { PrismaClient } from "../db/client.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { recordSignInRefusal } from "./record-refusal.ts";
import { roleFromClaims, type OidcConfig } from "./oidc.ts";
import { isRole, type Role } from "./permissions.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";

/** Why a sign-in through the identity provider was refused; also the `error` code the sign-in page explains. */
export type OidcRefusal = "OidcNoEmail" | "OidcEmailUnverified" | "OidcNoRole" | "OidcDeactivated";

export type OidcSignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role }; created: boolean; previousRole: Role | null }
  | { ok: false; reason: OidcRefusal; email: string | null; userId?: string };

/** The refusal as the audit log's `auth.sign-in-refused` entries name it. */
const AUDIT_REASONS: Record<OidcRefusal, string> = {
  OidcNoEmail: "no-email",
  OidcEmailUnverified: "email-unverified",
  OidcNoRole: "no-role",
  OidcDeactivated: "deactivated",
};

/** Providers that send `email_verified` as a string ("false") are read the same as those sending a boolean. */
function emailUnverified(value: unknown): boolean {
  return value === false || (typeof value === "string" && value.trim().toLowerCase() === "false");
}

function displayName(claims: Record<string, unknown>, email: string): string {
  for (const key of ["name", "preferred_username", "given_name"]) {
    const value = claims[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 200);
  }
  return email.split("@")[0] ?? email;
}


/**
 * Signs in a user the identity provider vouched for: finds the user by verified email or
 * creates one without a password, sets the role from the provider's claims (on every
 * sign-in, so a change of groups takes effect at the next one), and refuses unverified
 * emails, users without a mapped role, and deactivated users (each refusal is audited as
 * `auth.sign-in-refused`). The user, the role change and their audit entries commit together.
 */
export async function signInWithOidc(
  prisma: PrismaClient,
  claims: Record<string, unknown>,
  config: Pick<OidcConfig, "issuer" | "roleClaim" | "roleMap" | "defaultRole">,
): Promise<OidcSignInResult> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const subject = typeof claims.sub === "string" ? claims.sub : null;
  const refuse = async (reason: OidcRefusal, userId: string | null = null): Promise<OidcSignInResult> => {
    // Only someone who signed in at the identity provider gets here, so these cannot flood the log.
    await recordSignInRefusal(prisma, userId, { method: "oidc", reason: AUDIT_REASONS[reason], email: email || null, issuer: config.issuer, subject });
    return { ok: false, reason, email: email || null };
  };
  if (!email || !email.includes("@")) return refuse("OidcNoEmail");
  if (emailUnverified(claims.email_verified)) return refuse("OidcEmailUnverified");
  const role = roleFromClaims(claims, config);
  if (!role) return refuse("OidcNoRole");

  const attempt = () =>
    prisma.$transaction(async (tx): Promise<OidcSignInResult> => {
      const now = new Date();
      const existing = await tx.user.findUnique({ where: { email } });
      if (existing && !existing.active) return { ok: false, reason: "OidcDeactivated", email, userId: existing.id };

      let user: { id: string; email: string; name: string; role: string };
      let previousRole: Role | null = null;
      if (!existing) {
        user = await tx.user.create({
          data: { email, name: displayName(claims, email), role, passwordHash: null, active: true, lastLoginAt: now },
        });
        await writeAudit(tx, {
          userId: user.id,
          action: "user.create-oidc",
          entityType: "user",
          entityId: user.id,
          after: { email, name: user.name, role, issuer: config.issuer, subject },
        });
      } else {
        previousRole = isRole(existing.role) ? existing.role : null;
        user = await tx.user.update({ where: { id: existing.id }, data: { lastLoginAt: now, ...(existing.role !== role ? { role } : {}) } });
        if (existing.role !== role) {
          await writeAudit(tx, {
            userId: user.id,
            action: "user.role-from-oidc",
            entityType: "user",
            entityId: user.id,
            before: { role: existing.role },
            after: { role, issuer: config.issuer, claim: config.roleClaim },
          });
        }
      }
      await writeAudit(tx, {
        userId: user.id,
        action: "auth.sign-in",
        entityType: "user",
        entityId: user.id,
        after: { method: "oidc", issuer: config.issuer },
      });
      return { ok: true, user: { id: user.id, email: user.email, name: user.name, role }, created: !existing, previousRole };
    });

  let result: OidcSignInResult;
  try {
    result = await attempt();
  } catch (error) {
    // Two first sign-ins of the same person at once: the loser finds the winner's row.
    if (!isUniqueViolation(error)) throw error;
    result = await attempt();
  }
  return result.ok ? result : refuse(result.reason, result.userId ?? null);
}

/** The active user with this email, as the jwt callback puts it into the session token. */
export async function findActiveUserByEmail(prisma: PrismaClient, email: string): Promise<{ id: string; role: Role } | null> {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.active || !isRole(user.role)) return null;
  return { id: user.id, role: user.role };
}
