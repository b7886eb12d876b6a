import { z } from "zod";
import { hasControlCharacters } from "./control-characters";

// A record id from a URL, a form or a filter: at most 64 characters, none of them a control
// character (a NUL byte would reach PostgreSQL, which refuses it). Callers turn a bad one into
// "not found" (a page or route) or "no filter" (a list).

export const recordId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((text) => !hasControlCharacters(text));

/** The id, or null when it cannot be one. */
export function recordIdOrNull(raw: unknown): string | null {
  const result = recordId.safeParse(raw);
  return result.success ? result.data : null;
}
