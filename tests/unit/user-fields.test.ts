import { describe, expect, it } from "vitest";
import { createUserInput, updateUserInput } from "@/lib/users/user-fields.ts";
import { fieldErrorsOf } from "@/lib/validation/field-errors.ts";

const valid = { email: "  Ada.Lovelace@Example.ORG ", name: " Ada Lovelace ", role: "editor", password: "twelve chars" };

function errorsOf(result: ReturnType<typeof createUserInput.safeParse> | ReturnType<typeof updateUserInput.safeParse>) {
  if (result.success) throw new Error("expected a validation error");
  return fieldErrorsOf(result.error);
}

describe("createUserInput", () => {
  it("normalises the email to trimmed lowercase and trims the name, but never the password", () => {
    expect(createUserInput.parse({ ...valid, password: " twelve chars " })).toEqual({
      email: "ada.lovelace@example.org",
      name: "Ada Lovelace",
      role: "editor",
      password: " twelve chars ",
    });
  });

  it.each([
    ["a password of 11 characters", { password: "eleven char" }, "password"],
    ["a missing password", { password: undefined }, "password"],
    ["an invalid email", { email: "ada@" }, "email"],
    ["an empty email", { email: "   " }, "email"],
    ["an empty name", { name: " " }, "name"],
    ["an unknown role", { role: "superuser" }, "role"],
  ])("rejects %s", (_label, patch, field) => {
    expect(Object.keys(errorsOf(createUserInput.safeParse({ ...valid, ...patch })))).toEqual([field]);
  });
});

describe("updateUserInput", () => {
  it("reads a role, or an active state sent as text by a form", () => {
    expect(updateUserInput.parse({ userId: "u1", role: "admin" })).toEqual({ userId: "u1", role: "admin" });
    expect(updateUserInput.parse({ userId: "u1", active: "false" })).toEqual({ userId: "u1", active: false });
    expect(updateUserInput.parse({ userId: "u1", active: true })).toEqual({ userId: "u1", active: true });
  });

  it("needs a user and something to change", () => {
    expect(errorsOf(updateUserInput.safeParse({ userId: "u1" }))).toHaveProperty("role");
    expect(errorsOf(updateUserInput.safeParse({ role: "admin" }))).toHaveProperty("userId");
    expect(errorsOf(updateUserInput.safeParse({ userId: "u1", active: "maybe" }))).toHaveProperty("active");
  });
});
