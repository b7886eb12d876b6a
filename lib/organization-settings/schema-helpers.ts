import { z } from "zod";
import { CONTROL_CHARACTERS_ERROR, hasControlCharacters } from "@/lib/validation/control-characters";

// Building blocks for schemas fed by HTML forms (every value a string, unchecked boxes absent)
// as well as by code (booleans and numbers). Messages are catalogue keys.

const isBlank = (value: unknown) => value == null || (typeof value === "string" && value.trim() === "");

// Text fields refuse control characters (NUL…): a field error, never a database error.
export function requiredText(max: number) {
  return z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(max, "too_long")
    .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTERS_ERROR);
}

/** An optional field: blank → null, otherwise the given schema. */
export function optional<Schema extends z.ZodType>(schema: Schema) {
  return z
    .preprocess((value) => (isBlank(value) ? undefined : value), schema.optional())
    .transform((value) => value ?? null);
}

export function optionalText(max: number) {
  return optional(
    z
      .string()
      .trim()
      .max(max, "too_long")
      .refine((value) => !hasControlCharacters(value), CONTROL_CHARACTERS_ERROR),
  );
}

/** A checkbox: "on" / "true" / true are checked; anything else (absent) is not. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

/** A whole number typed in a field (or given as a number), within bounds. */
export function integerInRange(min: number, max: number, error: string) {
  return z.preprocess(
    (value) => (isBlank(value) ? undefined : typeof value === "string" ? Number(value.trim()) : value),
    z
      .number({ error: (issue) => (issue.input === undefined ? "required" : error) })
      .int(error)
      .min(min, error)
      .max(max, error),
  );
}

/** One value of a fixed list (a select); blank takes the fallback when there is one. */
export function oneOf<const Values extends readonly [string, ...string[]]>(
  values: Values,
  error: string,
  fallback?: Values[number],
) {
  return z.preprocess((value) => (isBlank(value) ? fallback : value), z.enum(values, { error }));
}
