// The calendar of a recurring invoice profile. Pure (no server-only, no database): the profile
// form previews the next dates with it in the browser, and the generator computes each period
// with the same functions.
//
// Calendar days are "YYYY-MM-DD" strings (DATE columns, no time zone). Occurrence k is always
// computed from the start (start + k × step), never from occurrence k − 1: a monthly profile on
// the 31st gives 28 Feb then 31 Mar again (clamping never drifts), and a yearly profile on 29 Feb
// gives 28 Feb in common years and 29 Feb again in leap years.

import { BUSINESS_TIME_ZONE, dateTimeFormat } from "@/lib/dates/format-date";

export const RECURRING_FREQUENCIES = ["WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY"] as const;
export type RecurringFrequencyValue = (typeof RECURRING_FREQUENCIES)[number];

export const RECURRING_END_KINDS = ["NEVER", "AFTER_COUNT", "ON_DATE"] as const;
export type RecurringEndKindValue = (typeof RECURRING_END_KINDS)[number];

/** What decides the dates of a profile (the columns of RecurringProfile of the same names). */
export type RecurrenceRule = {
  frequency: RecurringFrequencyValue;
  /** Every `interval` weeks / months / quarters / years (≥ 1). */
  interval: number;
  /** MONTHLY, QUARTERLY, YEARLY: 1-31, clamped to short months; null: the start date's day. */
  dayOfMonth: number | null;
  /** MONTHLY, QUARTERLY, YEARLY: the month's last day (dayOfMonth is then ignored). */
  lastDayOfMonth: boolean;
  /** "YYYY-MM-DD": no occurrence before it. */
  startDate: string;
  endKind: RecurringEndKindValue;
  /** AFTER_COUNT: that many occurrences in all, counted on the calendar from the start. */
  endAfterCount: number | null;
  /** ON_DATE: no occurrence after this day ("YYYY-MM-DD"). */
  endDate: string | null;
};

type YearMonth = { year: number; month: number }; // month 0-11

function parseDay(day: string): { year: number; month: number; day: number } {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return { year, month: month - 1, day: date };
}

function formatDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month, day));
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function addMonths(base: YearMonth, months: number): YearMonth {
  const index = base.year * 12 + base.month + months;
  return { year: Math.floor(index / 12), month: ((index % 12) + 12) % 12 };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDaysTo(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Months between two occurrences of a month-based rule. */
function monthStep(rule: RecurrenceRule): number {
  if (rule.frequency === "QUARTERLY") return 3 * rule.interval;
  if (rule.frequency === "YEARLY") return 12 * rule.interval;
  return rule.interval;
}

/** The rule's day in a given month: its day of month clamped to the month's length, or the last day. */
function dayIn(rule: RecurrenceRule, month: YearMonth): string {
  const last = daysInMonth(month.year, month.month);
  const wanted = rule.lastDayOfMonth ? last : (rule.dayOfMonth ?? parseDay(rule.startDate).day);
  return formatDay(month.year, month.month, Math.min(wanted, last));
}

/**
 * The month of occurrence 0 of a month-based rule: the start's month when the rule's day in it
 * is on or after the start date, else the next month (MONTHLY, QUARTERLY) or the same month a
 * year later (YEARLY, which stays on the start's month).
 */
function firstMonth(rule: RecurrenceRule): YearMonth {
  const start = parseDay(rule.startDate);
  const month = { year: start.year, month: start.month };
  if (dayIn(rule, month) >= rule.startDate) return month;
  return addMonths(month, rule.frequency === "YEARLY" ? 12 : 1);
}

/** Occurrence `index` (0 = the first) on the calendar, ignoring the end. */
function rawOccurrence(rule: RecurrenceRule, index: number): string {
  if (rule.frequency === "WEEKLY") return addDaysTo(rule.startDate, 7 * rule.interval * index);
  return dayIn(rule, addMonths(firstMonth(rule), monthStep(rule) * index));
}

/** Occurrence `index` (0 = the first), or null when the rule has ended before it. */
export function occurrenceAt(rule: RecurrenceRule, index: number): string | null {
  if (index < 0 || rule.interval < 1) return null;
  if (rule.endKind === "AFTER_COUNT" && index >= (rule.endAfterCount ?? 0)) return null;
  const day = rawOccurrence(rule, index);
  if (rule.endKind === "ON_DATE" && rule.endDate !== null && day > rule.endDate) return null;
  return day;
}

/** The index of the first occurrence on or after `fromDate` (ignoring the end). */
function firstIndexFrom(rule: RecurrenceRule, fromDate: string): number {
  if (fromDate <= rule.startDate) return 0;
  let index: number;
  if (rule.frequency === "WEEKLY") {
    index = Math.max(0, Math.floor(daysBetween(rule.startDate, fromDate) / (7 * rule.interval)));
  } else {
    const first = firstMonth(rule);
    const from = parseDay(fromDate);
    const months = (from.year - first.year) * 12 + (from.month - first.month);
    index = Math.max(0, Math.floor(months / monthStep(rule)) - 1);
  }
  // The estimate is at most one step early; walk forward to the exact index.
  while (rawOccurrence(rule, index) < fromDate) index += 1;
  return index;
}

/** The next `count` occurrences on or after `fromDate` ("YYYY-MM-DD"), fewer when the rule ends. */
export function occurrencesFrom(rule: RecurrenceRule, fromDate: string, count: number): string[] {
  if (rule.interval < 1) return [];
  const days: string[] = [];
  for (let index = firstIndexFrom(rule, fromDate); days.length < count; index += 1) {
    const day = occurrenceAt(rule, index);
    if (day === null) break;
    days.push(day);
  }
  return days;
}

/** The first occurrence strictly after `afterDate`, or null when the rule has ended. */
export function nextOccurrence(rule: RecurrenceRule, afterDate: string): string | null {
  return occurrencesFrom(rule, addDaysTo(afterDate, 1), 1)[0] ?? null;
}

/** The first `count` occurrences of the rule (the form's preview). */
export function previewDates(rule: RecurrenceRule, count = 5): string[] {
  return occurrencesFrom(rule, rule.startDate, count);
}

/** The calendar day of `now` in `timeZone` ("YYYY-MM-DD"); Europe/Paris by default. */
export function localToday(now: Date, timeZone: string = BUSINESS_TIME_ZONE): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * A period is due from 00:00 local time of its day: at 23:30 UTC on 27 March 2027 it is
 * already 28 March in Paris (UTC+1), at 22:30 UTC on 30 October 2027 already 31 October (UTC+2).
 */
export function isDue(periodDate: string, now: Date, timeZone: string = BUSINESS_TIME_ZONE): boolean {
  return periodDate <= localToday(now, timeZone);
}
