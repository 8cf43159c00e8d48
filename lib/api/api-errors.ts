import { AppError, ConflictError, ForbiddenError, NotFoundError, PayloadTooLargeError, UnauthorizedError, ValidationError } from "../errors.ts";

/** Machine-readable codes of the API's error bodies: `{ error: { code, message, fields? } }`. */
export const API_ERROR_CODES = ["unauthorized", "forbidden", "not_found", "invalid_request", "conflict", "payload_too_large", "internal"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string[]> };
}

export function apiError(status: number, code: ApiErrorCode, message: string, fields?: Record<string, string[]>, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { error: fields ? { code, message, fields } : { code, message } };
  return Response.json(body, { status, headers });
}

/** The answer to a missing, malformed, unknown, revoked or expired token (RFC 6750). */
export function unauthorized(message = "Send a valid API token: Authorization: Bearer <token>.", invalid = false): Response {
  const challenge = invalid ? `Bearer realm="campaign-tracker", error="invalid_token"` : `Bearer realm="campaign-tracker"`;
  return apiError(401, "unauthorized", message, undefined, { "WWW-Authenticate": challenge });
}

/** Typed errors to their status and code; anything else is a 500 that keeps its detail private. */
export function apiErrorResponse(error: unknown): Response {
  if (error instanceof UnauthorizedError) return unauthorized(error.message);
  if (error instanceof ForbiddenError) return apiError(403, "forbidden", error.message);
  if (error instanceof NotFoundError) return apiError(404, "not_found", error.message);
  if (error instanceof ValidationError) return apiError(400, "invalid_request", error.message, cleanFields(error.fieldErrors));
  if (error instanceof ConflictError) return apiError(409, "conflict", error.message);
  if (error instanceof PayloadTooLargeError) return apiError(413, "payload_too_large", error.message);
  if (error instanceof AppError) return apiError(error.status, error.status === 413 ? "payload_too_large" : "internal", error.message);
  console.error(error);
  return apiError(500, "internal", "Internal error.");
}

function cleanFields(fields: Record<string, string[] | undefined>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0));
}
