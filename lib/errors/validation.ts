import type { z } from "zod";
import { AppError, type FieldErrors } from "./app-error";

/** zod issues → { field: [messages] } (nested paths joined with dots, root issues under "_form"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

/** Parses input with a schema or throws a VALIDATION AppError carrying field-level messages. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION", "invalid_input", "Some fields are invalid", {
      fieldErrors: fieldErrorsOf(result.error),
    });
  }
  return result.data;
}
