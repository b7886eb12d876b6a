import type { Locale } from "@/lib/i18n/locales";
import { formatParisInstant } from "@/lib/dates/format-date";

/** "22 nov. 2026" / "22 Nov 2026": dates of the admin lists, in the reader's language. */
export function formatDate(date: Date, locale: Locale): string {
  return formatParisInstant(date, locale);
}
