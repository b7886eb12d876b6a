import { z } from "zod";
import { addDays, calendarFromDate, dateFromCalendar, isCalendarDate } from "@/lib/documents/calendar-date";
import { parseInput } from "@/lib/errors/validation";

// The dashboard's period picker: which calendar days a period covers, and the period it is
// compared with. Days are Europe/Paris calendar days ("YYYY-MM-DD", `today` comes from
// calendarDate()); bounds are inclusive, as in the lists' from/to filters.
//
// The previous period is the one just before, of the same kind: the previous month, quarter or
// year, the 12 months before the last 12, and for a custom range the same number of days ending
// the day before it starts. So the two are always adjacent (one SQL range covers both).

export const DASHBOARD_PERIODS = [
  "this-month",
  "last-month",
  "this-quarter",
  "last-quarter",
  "this-year",
  "last-year",
  "last-12-months",
  "custom",
] as const;

export type DashboardPeriodKind = (typeof DASHBOARD_PERIODS)[number];

export type DateRange = { from: string; to: string };

export type DashboardPeriod = DateRange & { kind: DashboardPeriodKind; previous: DateRange };

/** A custom range may not span more than this many years (a 20-year range is a mistake). */
export const MAX_RANGE_YEARS = 5;

/** Field error codes (dashboard.errors.* in the catalogues). */
export const periodErrors = {
  period: "period_unknown",
  date: "period_date_invalid",
  reversed: "period_range_reversed",
  tooLong: "period_range_too_long",
} as const;

/** The first day of the month `months` after (negative: before) the month of `day`. */
export function monthStart(day: string, months = 0): string {
  const date = dateFromCalendar(`${day.slice(0, 7)}-01`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return calendarFromDate(date);
}

/** The last day of the month `months` after the month of `day` (28, 29, 30 or 31). */
export function monthEnd(day: string, months = 0): string {
  return addDays(monthStart(day, months + 1), -1);
}

/** Same day `months` later, clamped to the month's end (31 Jan + 1 month → 28/29 Feb). */
export function addMonthsClamped(day: string, months: number): string {
  const target = monthStart(day, months);
  const last = monthEnd(target);
  const wanted = `${target.slice(0, 8)}${day.slice(8, 10)}`;
  return wanted > last ? last : wanted;
}

/** Days from `from` to `to`, both counted (2026-03-01 → 2026-03-31: 31). */
export function dayCount(range: DateRange): number {
  return Math.round((dateFromCalendar(range.to).getTime() - dateFromCalendar(range.from).getTime()) / 86_400_000) + 1;
}

function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${day.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
}

/** The period of a kind that contains `today`, and its previous period. */
export function periodOf(kind: Exclude<DashboardPeriodKind, "custom">, today: string): DashboardPeriod {
  switch (kind) {
    case "this-month":
      return {
        kind,
        from: monthStart(today),
        to: monthEnd(today),
        previous: { from: monthStart(today, -1), to: monthEnd(today, -1) },
      };
    case "last-month":
      return {
        kind,
        from: monthStart(today, -1),
        to: monthEnd(today, -1),
        previous: { from: monthStart(today, -2), to: monthEnd(today, -2) },
      };
    case "this-quarter": {
      const start = quarterStart(today);
      return {
        kind,
        from: start,
        to: monthEnd(start, 2),
        previous: { from: monthStart(start, -3), to: monthEnd(start, -1) },
      };
    }
    case "last-quarter": {
      // A VAT return is monthly or quarterly: the quarter just closed is the one people file.
      const start = monthStart(quarterStart(today), -3);
      return {
        kind,
        from: start,
        to: monthEnd(start, 2),
        previous: { from: monthStart(start, -3), to: monthEnd(start, -1) },
      };
    }
    case "this-year": {
      const year = Number(today.slice(0, 4));
      return {
        kind,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        previous: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
      };
    }
    case "last-year": {
      const year = Number(today.slice(0, 4)) - 1;
      return {
        kind,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        previous: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
      };
    }
    case "last-12-months":
      // The current month and the 11 before it: the same months as the monthly chart.
      return {
        kind,
        from: monthStart(today, -11),
        to: monthEnd(today),
        previous: { from: monthStart(today, -23), to: monthEnd(today, -12) },
      };
  }
}

/** A custom range and the same number of days just before it. */
export function customPeriod(range: DateRange): DashboardPeriod {
  const days = dayCount(range);
  return {
    kind: "custom",
    ...range,
    previous: { from: addDays(range.from, -days), to: addDays(range.from, -1) },
  };
}

const day = z
  .string()
  .trim()
  .refine((text) => isCalendarDate(text), { message: periodErrors.date });

/** The picker's GET parameters: ?period=…&from=&to= (dates only for "custom"). */
export const dashboardPeriodInput = z
  .object({
    period: z.enum(DASHBOARD_PERIODS, { error: periodErrors.period }).default("this-month"),
    from: z.string().trim().optional(),
    to: z.string().trim().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.period !== "custom") return;
    const from = day.safeParse(input.from ?? "");
    const to = day.safeParse(input.to ?? "");
    if (!from.success) ctx.addIssue({ code: "custom", path: ["from"], message: periodErrors.date });
    if (!to.success) ctx.addIssue({ code: "custom", path: ["to"], message: periodErrors.date });
    if (!from.success || !to.success) return;
    if (to.data < from.data) {
      ctx.addIssue({ code: "custom", path: ["to"], message: periodErrors.reversed });
    } else if (to.data >= addMonthsClamped(from.data, MAX_RANGE_YEARS * 12)) {
      // 2021-01-01 → 2025-12-31 is five years; one more day is over.
      ctx.addIssue({ code: "custom", path: ["to"], message: periodErrors.tooLong });
    }
  });

export type DashboardPeriodInput = z.input<typeof dashboardPeriodInput>;

/** First value of each search parameter (Next.js gives arrays for repeated ones). */
function firstValues(params: Record<string, unknown>): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const key of ["period", "from", "to"]) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    // An empty parameter is an absent one (a form submits every field, even blank).
    if (typeof first === "string" && first.trim() !== "") result[key] = first;
  }
  return result;
}

/**
 * The period of the picker's parameters on `today`; throws a VALIDATION AppError with field
 * errors (period, from, to) for an unknown period, a bad date, reversed dates or a range over
 * five years.
 */
export function resolveDashboardPeriod(params: Record<string, unknown>, today: string): DashboardPeriod {
  const input = parseInput(dashboardPeriodInput, firstValues(params));
  if (input.period === "custom") return customPeriod({ from: input.from!.trim(), to: input.to!.trim() });
  return periodOf(input.period, today);
}
