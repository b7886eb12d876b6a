import type { Logger } from "pino";
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { ApiHttpError } from "./api-errors";

// Every /api/v1 failure as RFC 9457 problem+json: { type, title, status, code, detail?, errors? }.
// `code` is the stable machine code clients branch on; `errors` holds field errors.

export type ApiProblem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldErrors;
};

export function problemResponse(problem: Omit<ApiProblem, "type">, headers: Record<string, string> = {}): Response {
  return Response.json(
    { type: "about:blank", ...problem },
    {
      status: problem.status,
      headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
    },
  );
}

/** An expected failure → its problem; anything else is logged with its stack and answered 500 without it. */
export function problemFromError(error: unknown, log: Logger): Response {
  if (error instanceof ApiHttpError) {
    return problemResponse({ title: error.message, status: error.status, code: error.code });
  }
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.kind === "UNAUTHENTICATED") headers["WWW-Authenticate"] = `Bearer error="invalid_token"`;
    if (error.code === "insufficient_scope") {
      headers["WWW-Authenticate"] = `Bearer error="insufficient_scope", scope="${String(error.details.permission)}"`;
    }
    if (error.details.retryAfterSeconds) headers["Retry-After"] = String(error.details.retryAfterSeconds);
    const errors = error.details.fieldErrors;
    return problemResponse(
      { title: error.message, status: error.status, code: error.code, ...(errors ? { errors } : {}) },
      headers,
    );
  }
  log.error({ err: error }, "API request failed");
  return problemResponse({ title: "Unexpected error", status: 500, code: "internal_error" });
}
