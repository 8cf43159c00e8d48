/**
 * Typed errors, mapped once to HTTP statuses (route handlers) and to messages (pages).
 */
export class AppError extends Error {
  readonly status: number = 500;
}

/** Nobody is signed in. */
export class UnauthorizedError extends AppError {
  override readonly status = 401;
  constructor(message = "Sign in to continue.") {
    super(message);
    this.name = "UnauthorizedError";
  }
}

/** Signed in, but the role lacks the right. */
export class ForbiddenError extends AppError {
  override readonly status = 403;
  constructor(message = "Your role does not allow this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else saved a newer version first. */
export class ConflictError extends AppError {
  override readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends AppError {
  override readonly status = 400;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** A request body over the route's limit (nothing was stored). */
export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  constructor(message: string) {
    super(message);
    this.name = "PayloadTooLargeError";
  }
}

/** The HTTP status for any thrown value (unknown errors are 500 and keep their detail private). */
export function httpStatusOf(error: unknown): number {
  return error instanceof AppError ? error.status : 500;
}
