import { describe, expect, it } from "vitest";
import { displayPrefixOf, generateTokenSecret, hashTokenSecret, looksLikeToken, TOKEN_PREFIX } from "@/lib/api-tokens/token-secret.ts";
import { createTokenInput } from "@/lib/api-tokens/token-fields.ts";

describe("API token secrets", () => {
  it("are ctk_ and 32 random bytes in base64url, different every time", () => {
    const secrets = new Set(Array.from({ length: 50 }, generateTokenSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret.startsWith(TOKEN_PREFIX)).toBe(true);
      expect(Buffer.from(secret.slice(4), "base64url")).toHaveLength(32);
      expect(looksLikeToken(secret)).toBe(true);
    }
  });
  it("are stored as SHA-256 hex and shown by a 12-character prefix", () => {
    const secret = generateTokenSecret();
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    // One character changed (never to itself: the secret may already end in "A").
    const altered = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    expect(hashTokenSecret(secret)).not.toBe(hashTokenSecret(altered));
    expect(displayPrefixOf(secret)).toBe(secret.slice(0, 12));
  });
  it("refuses anything not shaped like a token before any lookup", () => {
    expect(looksLikeToken("ctk_short")).toBe(false);
    expect(looksLikeToken(`xyz_${"a".repeat(43)}`)).toBe(false);
    expect(looksLikeToken(`ctk_${"a".repeat(42)}+`)).toBe(false);
  });
  it("validates the name and the offered lifetimes", () => {
    expect(createTokenInput.safeParse({ name: " ci ", expiresInDays: "30" }).data).toEqual({ name: "ci", expiresInDays: 30 });
    expect(createTokenInput.safeParse({ name: "ci", expiresInDays: "" }).data).toEqual({ name: "ci", expiresInDays: null });
    expect(createTokenInput.safeParse({ name: "ci", expiresInDays: "31" }).success).toBe(false);
    expect(createTokenInput.safeParse({ name: "", expiresInDays: "30" }).success).toBe(false);
  });
});
