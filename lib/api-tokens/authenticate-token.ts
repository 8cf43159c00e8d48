import "server-only";
import type { SessionUser } from "../auth/session.ts";
import { isRole } from "../auth/permissions.ts";
import type { PrismaClient } from "../db/client.ts";
import { hashTokenSecret, looksLikeToken } from "./token-secret.ts";

/** lastUsedAt is written at most this often per token, so reads do not turn into writes. */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

/**
 * The user a bearer token acts for, with the user's role as it is NOW (read on every
 * request, like the session): null for a malformed, unknown, revoked or expired token, or a
 * deactivated user. A demoted user's tokens carry the lower role at once.
 */
export async function authenticateApiToken(prisma: PrismaClient, secret: string, now: Date = new Date()): Promise<SessionUser | null> {
  if (!looksLikeToken(secret)) return null;
  const hash = hashTokenSecret(secret);
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hash },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!token) return null;
  if (token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  const { user } = token;
  if (!user.active || !isRole(user.role)) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_WRITE_INTERVAL_MS) {
    // Conditional, so concurrent requests write once; a failure here must not fail the request.
    await prisma.apiToken
      .updateMany({
        where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_WRITE_INTERVAL_MS) } }] },
        data: { lastUsedAt: now },
      })
      .catch((error: unknown) => console.error("could not record token use", error));
  }
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
