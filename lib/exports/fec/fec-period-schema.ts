import { z } from "zod";
import { isCalendarDate } from "@/lib/documents/calendar-date";

// The period of a FEC export: a fiscal year or any part of one. Longer than 24 months is
// refused (a fiscal year lasts at most 24 months in France; 20 years would be a mistake).

export const MAX_FEC_MONTHS = 24;

const calendarDay = z
  .string({ error: "required" })
  .trim()
  .refine((text) => text !== "", "required")
  .refine((text) => text === "" || isCalendarDate(text), "date_invalid");

/** The last day a period starting on `from` may end: from + 24 months − 1 day. */
export function latestFecEnd(from: string): string {
  const [year, month, day] = from.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + MAX_FEC_MONTHS, day));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export const fecPeriodInput = z.object({ from: calendarDay, to: calendarDay }).superRefine((period, ctx) => {
  // zod 4 runs this even when a field failed: compare only two real days.
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) return;
  if (period.to < period.from) ctx.addIssue({ code: "custom", path: ["to"], message: "dates_reversed" });
  else if (period.to > latestFecEnd(period.from))
    ctx.addIssue({ code: "custom", path: ["to"], message: "period_too_long" });
});

export type FecPeriod = z.output<typeof fecPeriodInput>;
