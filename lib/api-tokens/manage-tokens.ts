import "server-only";
import { writeAudit } from "../audit/write-audit.ts";
import { hasPermission, requirePermission, type Principal } from "../auth/permissions.ts";
import type { PrismaClient } from "../db/client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { createTokenInput, MAX_LIVE_TOKENS_PER_USER, revokeTokenInput } from "./token-fields.ts";
import { displayPrefixOf, generateTokenSecret, hashTokenSecret } from "./token-secret.ts";
import { fieldErrorsOf } from "../validation/field-errors.ts";

const DAY_MS = 86_400_000;

/** What is shown of a token: never its secret nor its hash. */
export const publicTokenFields = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Creates a personal API token for the signed-in user (any role). The secret is returned
 * once, here, and never stored: the row holds its SHA-256 and a short display prefix. The
 * audit entry records the token's name, prefix and expiry, never the secret.
 */
export async function createApiToken(
  prisma: PrismaClient,
  actor: Principal | null | undefined,
  raw: unknown,
  now: Date = new Date(),
): Promise<{ token: ApiTokenSummary; secret: string }> {
  const principal = requirePermission(actor, "dashboard:read");
  const parsed = createTokenInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError("Invalid token", fieldErrorsOf(parsed.error));
  const { name, expiresInDays } = parsed.data;
  const secret = generateTokenSecret();
  const token = await prisma.$transaction(async (tx) => {
    const live = await tx.apiToken.count({
      where: { userId: principal.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });
    if (live >= MAX_LIVE_TOKENS_PER_USER) {
      throw new ValidationError(`You already have ${live} live tokens; revoke one first`, { name: [`At most ${MAX_LIVE_TOKENS_PER_USER} live tokens per user`] });
    }
    const created = await tx.apiToken.create({
      data: {
        userId: principal.userId,
        name,
        tokenHash: hashTokenSecret(secret),
        prefix: displayPrefixOf(secret),
        expiresAt: expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS),
      },
      select: publicTokenFields,
    });
    await writeAudit(tx, {
      userId: principal.userId,
      action: "api-token.create",
      entityType: "ApiToken",
      entityId: created.id,
      after: { name: created.name, prefix: created.prefix, expiresAt: created.expiresAt },
    });
    return created;
  });
  return { token, secret };
}

/** The user's own tokens, newest first (revoked ones included, marked). */
export async function listApiTokens(prisma: PrismaClient, actor: Principal | null | undefined): Promise<ApiTokenSummary[]> {
  const principal = requirePermission(actor, "dashboard:read");
  return prisma.apiToken.findMany({ where: { userId: principal.userId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: publicTokenFields });
}

/**
 * Revokes a token: its owner may, and so may an admin (users:manage) for anyone's. Someone
 * else's token is "not found" to a non-admin, so ids cannot be probed. Revoking twice is a no-op.
 */
export async function revokeApiToken(prisma: PrismaClient, actor: Principal | null | undefined, raw: unknown, now: Date = new Date()): Promise<ApiTokenSummary> {
  const principal = requirePermission(actor, "dashboard:read");
  const parsed = revokeTokenInput.safeParse(raw);
  if (!parsed.success) throw new ValidationError("Invalid request", fieldErrorsOf(parsed.error));
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: parsed.data.tokenId }, select: { ...publicTokenFields, userId: true } });
    if (!token || (token.userId !== principal.userId && !hasPermission(principal.role, "users:manage"))) {
      throw new NotFoundError("No such token.");
    }
    const { userId, ...summary } = token;
    if (summary.revokedAt) return summary;
    const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now }, select: publicTokenFields });
    await writeAudit(tx, {
      userId: principal.userId,
      action: "api-token.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, ownerId: userId, revokedAt: null },
      after: { name: token.name, prefix: token.prefix, ownerId: userId, revokedAt: revoked.revokedAt },
    });
    return revoked;
  });
}
