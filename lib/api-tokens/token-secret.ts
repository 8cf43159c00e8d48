import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = "ctk_";
/** Characters of the token kept in clear (the prefix and 8 more) so users can tell tokens apart. */
export const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

const TOKEN_PATTERN = /^ctk_[A-Za-z0-9_-]{43}$/;

/** A new secret: `ctk_` and 32 random bytes in base64url (256 bits; never stored). */
export function generateTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** SHA-256 (hex) of the whole token: what the database keeps. A fast hash is enough for 256 random bits. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function displayPrefixOf(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

/** Shape check before any database lookup: anything else cannot be one of ours. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
