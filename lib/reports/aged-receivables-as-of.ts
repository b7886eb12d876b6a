import { z } from "zod";
import { isCalendarDate } from "@/lib/documents/calendar-date";
import { parseInput } from "@/lib/errors/validation";

// The aged receivables report's one input: the day it is computed as of (?asOf=YYYY-MM-DD).
// Absent or blank means today (Paris calendar date, calendarDate()). A day that does not exist
// or lies after today is a field error: the future has no payments yet, so its "balances"
// would be a guess.

/** Field error codes (reports.errors.* in the catalogues). */
export const asOfErrors = { invalid: "as_of_invalid", future: "as_of_future" } as const;

export function agedReceivablesInput(today: string) {
  return z.object({
    asOf: z
      .string()
      .trim()
      .refine((text) => isCalendarDate(text), { message: asOfErrors.invalid, abort: true })
      .refine((text) => text <= today, { message: asOfErrors.future }),
  });
}

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The as-of day of the report's parameters on `today`; throws a VALIDATION AppError with a
 * field error on `asOf` for a bad or future date.
 */
export function resolveAsOf(params: Record<string, unknown>, today: string): string {
  const asked = firstValue(params.asOf);
  // An empty parameter is an absent one (the form submits its field even when blank).
  const asOf = typeof asked === "string" && asked.trim() !== "" ? asked : today;
  return parseInput(agedReceivablesInput(today), { asOf }).asOf;
}
