import "server-only";
import { ForbiddenError } from "../errors.ts";

/**
 * Refuses a cookie-authenticated mutation sent from another site. The session cookie is
 * SameSite=Lax already; this also covers browsers and proxies that do not honour it.
 * Requests without an Origin header (command-line clients) pass.
 */
export function requireSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ForbiddenError("The request's Origin header is not a URL.");
  }
  if (!host || originHost !== host) throw new ForbiddenError("Cross-site requests may not change data.");
}
