import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

// Refusals that belong to HTTP itself rather than to a domain (AppError has no 413/415/422).
export class ApiHttpError extends Error {
  override name = "ApiHttpError";

  constructor(
    readonly status: 413 | 415 | 422 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const bodyTooLarge = (limitBytes: number) =>
  new ApiHttpError(413, "body_too_large", `The request body exceeds ${limitBytes} bytes`);

export const unsupportedMediaType = () =>
  new ApiHttpError(415, "unsupported_media_type", "Send the body as application/json");

export const invalidJson = (message = "The request body is not valid JSON") =>
  new AppError("VALIDATION", "invalid_json", message);

export const invalidInput = (fieldErrors: FieldErrors) =>
  new AppError("VALIDATION", "invalid_input", "Some fields are invalid", { fieldErrors });

export const insufficientScope = (permission: string) =>
  new AppError("FORBIDDEN", "insufficient_scope", `This token lacks the scope ${permission}`, { permission });

/**
 * zod issues → { field: [messages] }, dotted paths ("lines.2.quantity"), root issues under
 * "_form"; an unknown field is an error on that field ("unknown_field"), not on the object.
 */
export function apiFieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  const add = (path: PropertyKey[], message: string) => {
    const key = path.length > 0 ? path.map(String).join(".") : "_form";
    (result[key] ??= []).push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...issue.path, key], "unknown_field");
    } else {
      add(issue.path, issue.message);
    }
  }
  return result;
}
