// One error type for every expected failure. Shells (actions, route handlers) turn it into
// a field-level form message or a JSON problem; anything else is unexpected: logged with
// its stack and shown to the user as a generic message.

export const appErrorStatus = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
} as const;

export type AppErrorKind = keyof typeof appErrorStatus;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly kind: AppErrorKind,
    /** Stable machine code (e.g. "invalid_credentials"); UIs translate it. */
    readonly code: string,
    message: string,
    readonly details: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
  }

  get status(): number {
    return appErrorStatus[this.kind];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what = "resource") => new AppError("NOT_FOUND", "not_found", `${what} not found`);
export const forbidden = (code = "forbidden", message = "You are not allowed to do this") =>
  new AppError("FORBIDDEN", code, message);
