"use server";

import { db } from "@/lib/db/client.ts";
import { runAction, type ActionState } from "@/lib/actions/run-action.ts";
import { createUser } from "@/lib/users/create-user.ts";
import { updateUser } from "@/lib/users/update-user.ts";
import type { CreateUserState } from "@/components/users/create-user-form.tsx";

const USERS_PAGE = "/admin/users";

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}

export async function createUserAction(_previous: CreateUserState, form: FormData): Promise<CreateUserState> {
  const result = await runAction(
    async (user) => {
      const created = await createUser(db(), user, {
        email: form.get("email"),
        name: form.get("name"),
        role: form.get("role"),
        password: form.get("password"),
      });
      return { message: `Created ${created.email} as ${created.role}.` };
    },
    [USERS_PAGE],
  );
  // On failure the form keeps what was typed, except the password.
  if (result && !result.ok) return { ...result, values: { email: text(form.get("email")), name: text(form.get("name")), role: text(form.get("role")) } };
  return result;
}

/** Role change, deactivation or reactivation: the form sends `role` or `active`. */
export async function updateUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    async (user) => {
      const after = await updateUser(db(), user, {
        userId: form.get("userId"),
        role: form.get("role") ?? undefined,
        active: form.get("active") ?? undefined,
      });
      return { message: `Saved: ${after.email} is ${after.active ? "an active" : "a deactivated"} ${after.role}.` };
    },
    [USERS_PAGE],
  );
}
