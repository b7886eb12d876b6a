import type { Locale } from "@/lib/i18n/locales";

/** "22 nov. 2026" / "22 Nov 2026": dates of the admin lists, in the reader's language. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    timeZone: "Europe/Paris",
  }).format(date);
}
