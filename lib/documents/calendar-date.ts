// Documents carry calendar dates (DATE columns), not instants. "Today" is the date in
// Paris — the organizations are French — so an invoice issued at 00:30 on the 1st of a month
// is dated the 1st, whatever the server's time zone.

import { parisCalendarDate } from "@/lib/dates/format-date";

export { BUSINESS_TIME_ZONE } from "@/lib/dates/format-date";

/** The calendar date of `instant` in Paris, "YYYY-MM-DD". */
export function calendarDate(instant: Date = new Date()): string {
  return parisCalendarDate(instant);
}

/** "YYYY-MM-DD" → the Date Prisma reads and writes for a DATE column (midnight UTC). */
export function dateFromCalendar(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A DATE column's value → "YYYY-MM-DD". */
export function calendarFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** day + n days, "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  const date = dateFromCalendar(day);
  date.setUTCDate(date.getUTCDate() + days);
  return calendarFromDate(date);
}

/** Due date from payment terms: n days after the issue date, then to the month's end if asked. */
export function dueDateFromTerms(issueDate: string, terms: { days: number; endOfMonth: boolean }): string {
  const due = dateFromCalendar(addDays(issueDate, terms.days));
  if (terms.endOfMonth) {
    due.setUTCMonth(due.getUTCMonth() + 1, 0);
  }
  return calendarFromDate(due);
}

/** "YYYY-MM-DD" naming a day that exists (2026-02-30 does not: Date would roll it into March). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = dateFromCalendar(text);
  return !Number.isNaN(date.getTime()) && calendarFromDate(date) === text;
}
