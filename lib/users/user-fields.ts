import { z } from "zod";
import { ROLES } from "../auth/permissions.ts";

/** Long enough to resist guessing without a complexity rule (NIST SP 800-63B asks for 8+; we ask 12). */
export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the work a single scrypt call does on attacker-chosen input. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Emails are stored trimmed and lowercase, so sign-in and the unique index agree on case. */
export const emailField = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

export const nameField = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(200, "A name has at most 200 characters");

export const roleField = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}` });

export const passwordField = z
  .string({ error: "Enter a password" })
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `The password has at most ${MAX_PASSWORD_LENGTH} characters`);

/** "true"/"false" from a form field (or a boolean), anything else is an error. */
export const booleanField = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean({ error: "Choose active or inactive" }),
);

export const createUserInput = z.object({
  email: emailField,
  name: nameField,
  role: roleField,
  password: passwordField,
});
export type CreateUserInput = z.input<typeof createUserInput>;

export const updateUserInput = z
  .object({
    userId: z.string({ error: "No user given" }).min(1, "No user given").max(100),
    role: roleField.optional(),
    active: booleanField.optional(),
  })
  .refine((value) => value.role !== undefined || value.active !== undefined, {
    message: "Change the role or the active state",
    path: ["role"],
  });
export type UpdateUserInput = z.input<typeof updateUserInput>;

/**
 * What a user record may show outside the auth code: in audit entries, lists and results.
 * The password hash is never selected.
 */
export const publicUserFields = { id: true, email: true, name: true, role: true, active: true } as const;

