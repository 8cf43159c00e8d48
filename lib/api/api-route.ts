import "server-only";
import { authenticateApiToken } from "../api-tokens/authenticate-token.ts";
import { requirePermission, type Permission } from "../auth/permissions.ts";
import type { SessionUser } from "../auth/session.ts";
import { db } from "../db/client.ts";
import { apiErrorResponse, unauthorized } from "./api-errors.ts";

/**
 * The one shape of an /api/v1 handler: a personal API token (`Authorization: Bearer ctk_…`)
 * → the token's user with their current role (401 with WWW-Authenticate otherwise) → the
 * permission (403) → the handler; typed errors become `{ error: { code, message, fields? } }`.
 *
 * The v1 API takes tokens only, never the session cookie: a cookie-authenticated write could
 * be forged cross-site, and one way in keeps the contract simple. Signed-in users download
 * the same exports through the session routes under /api/campaigns/<slug>/export/.
 */
export async function withApiAuth(request: Request, permission: Permission, handler: (user: SessionUser) => Promise<Response>): Promise<Response> {
  try {
    const header = request.headers.get("authorization");
    if (!header) return unauthorized();
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match?.[1]) return unauthorized("The Authorization header must be: Bearer <token>.", true);
    const user = await authenticateApiToken(db(), match[1]);
    if (!user) return unauthorized("The token is unknown, revoked or expired, or its user is deactivated.", true);
    requirePermission(user, permission);
    return await handler(user);
  } catch (error) {
    return apiErrorResponse(error);
  }
}
