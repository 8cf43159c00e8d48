import { z } from "zod";

/** Lifetimes offered when creating a token; "" means no expiry. */
export const TOKEN_LIFETIME_DAYS = [7, 30, 90, 365] as const;
/** A user may hold this many live (not revoked, not expired) tokens. */
export const MAX_LIVE_TOKENS_PER_USER = 25;

export const createTokenInput = z.object({
  name: z
    .string({ error: "Enter a name" })
    .trim()
    .min(1, "Enter a name, e.g. the script that will use the token")
    .max(100, "A name has at most 100 characters"),
  expiresInDays: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : typeof value === "string" ? Number(value) : value),
    z
      .number({ error: `Choose an expiry: ${TOKEN_LIFETIME_DAYS.join(", ")} days or never` })
      .refine((days) => (TOKEN_LIFETIME_DAYS as readonly number[]).includes(days), `Choose an expiry: ${TOKEN_LIFETIME_DAYS.join(", ")} days or never`)
      .nullable(),
  ),
});

export const revokeTokenInput = z.object({
  tokenId: z.string({ error: "Which token?" }).min(1, "Which token?").max(100),
});
