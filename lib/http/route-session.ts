import "server-only";
import { getSession, type SessionUser } from "../auth/session.ts";
import { requirePermission, type Permission } from "../auth/permissions.ts";
import { AppError, ValidationError } from "../errors.ts";

/**
 * The one shape of a route handler: session (401 when nobody is signed in), permission (403),
 * then the handler; typed errors become their HTTP status with a JSON body, others a bare 500.
 */
export async function withRouteSession(permission: Permission, handler: (user: SessionUser) => Promise<Response>): Promise<Response> {
  try {
    const user = requirePermission(await getSession(), permission);
    return await handler(user);
  } catch (error) {
    if (error instanceof AppError) {
      const body: Record<string, unknown> = { error: error.message };
      if (error instanceof ValidationError) body.fieldErrors = error.fieldErrors;
      return Response.json(body, { status: error.status });
    }
    console.error(error);
    return Response.json({ error: "Internal error" }, { status: 500 });
  }
}
