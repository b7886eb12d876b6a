import type { z } from "zod";
import { CONTROL_CHARACTERS_ERROR, controlCharacterPaths } from "@/lib/validation/control-characters";
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

/** Field errors for text holding control characters (see lib/validation/control-characters.ts). */
function controlCharacterErrors(value: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const path of controlCharacterPaths(value)) result[path] = [CONTROL_CHARACTERS_ERROR];
  return result;
}

/**
 * Parses input with a schema or throws a VALIDATION AppError carrying field-level messages.
 * Every action's input passes here, so this is also where text with control characters is
 * refused (a NUL byte would otherwise reach PostgreSQL and fail as a 500), whatever the schema.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fieldErrors = fieldErrorsOf(result.error);
    for (const [path, codes] of Object.entries(controlCharacterErrors(input))) fieldErrors[path] ??= codes;
    throw new AppError("VALIDATION", "invalid_input", "Some fields are invalid", { fieldErrors });
  }
  const fieldErrors = controlCharacterErrors(result.data);
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION", "invalid_input", "Some fields are invalid", { fieldErrors });
  }
  return result.data;
}
