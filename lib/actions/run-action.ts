import "server-only";
import { revalidatePath } from "next/cache";
import { getSession, type SessionUser } from "../auth/session.ts";
import { AppError, ConflictError, ValidationError } from "../errors.ts";

/** What every form action returns to its form (useActionState). */
export type ActionState =
  | { ok: true; message: string }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[] | undefined>; conflict?: boolean }
  | null;

export interface ActionOutcome {
  message: string;
  /** Pages whose data the change touched. */
  revalidate?: string[];
}

/**
 * The one shape of a server action: re-read the session (a replayed request reaches the
 * server, so hidden buttons prove nothing), run the domain function (which validates, checks
 * the role and writes the change and its audit entry in one transaction), revalidate, and
 * turn typed errors into a small result the form shows next to its fields.
 */
export async function runAction(work: (user: SessionUser) => Promise<ActionOutcome>, touched: string[] = []): Promise<ActionState> {
  const user = await getSession();
  if (!user) return { ok: false, status: 401, message: "Your session has ended. Sign in again." };
  try {
    const outcome = await work(user);
    for (const path of [...touched, ...(outcome.revalidate ?? [])]) revalidatePath(path);
    return { ok: true, message: outcome.message };
  } catch (error) {
    if (error instanceof ConflictError) {
      // Show the newer version the other editor saved.
      for (const path of touched) revalidatePath(path);
      return { ok: false, status: 409, message: error.message, conflict: true };
    }
    if (error instanceof ValidationError) return { ok: false, status: 400, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof AppError) return { ok: false, status: error.status, message: error.message };
    console.error(error);
    return { ok: false, status: 500, message: "The change could not be saved. Nothing was changed." };
  }
}
