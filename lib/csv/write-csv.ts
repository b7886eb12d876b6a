import { parisCalendarDate } from "@/lib/dates/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { CsvSeparator } from "./read-csv";

/** Excel needs the BOM to read UTF-8 (without it, "é" shows as "Ã©"). */
export const UTF8_BOM = "\uFEFF";

/** Excel FR splits on ";" (its list separator, since "," is the decimal one); English Excel on ",". */
export function csvSeparatorFor(locale: Locale): CsvSeparator {
  return locale === "fr" ? ";" : ",";
}

// A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheets ("CSV
// injection"). Such cells get a leading apostrophe, except plain numbers and phone numbers
// ("-12,5", "+33 6 12 34 56 78"), which cannot call anything. readCsv removes it again.
const FORMULA_START = /^[=+\-@\t\r]/;
const HARMLESS_SIGNED = /^[+-][\d\s().,/-]*$/;

export function csvCell(value: string, separator: CsvSeparator): string {
  const safe = FORMULA_START.test(value) && !HARMLESS_SIGNED.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || safe.includes('"') || /[\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, header, rows, CRLF line ends (RFC 4180, and what Excel writes). */
export function toCsv(header: string[], rows: Iterable<string[]>, separator: CsvSeparator): string {
  const lines = [header.map((cell) => csvCell(cell, separator)).join(separator)];
  for (const row of rows) lines.push(row.map((cell) => csvCell(cell, separator)).join(separator));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}

/** "articles-2026-11-22.csv", dated in France (where the users are), not in UTC. */
export function csvFileName(prefix: string, now = new Date()): string {
  return `${prefix}-${parisCalendarDate(now)}.csv`;
}
