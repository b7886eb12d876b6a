// Date formatting of the app, with the Intl formatters built once per locale and options:
// building an Intl.DateTimeFormat costs ~50–100 µs (locale data lookup), formatting with one
// ~1 µs, and a list page formats hundreds of dates. Pure (no server-only): client components use it too.
//
// Two kinds of dates:
// - calendar days ("2026-03-02", DATE columns): formatted in UTC, so no time zone shifts the day;
// - instants (timestamps): shown as they read in Paris, the organizations being French.

export const BUSINESS_TIME_ZONE = "Europe/Paris";

export type DateLocale = "fr" | "en";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An Intl.DateTimeFormat for this BCP 47 tag and options, built on first use and then reused. */
export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function tagOf(locale: DateLocale): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

/**
 * A calendar day ("YYYY-MM-DD") in the reader's language: "2 mars 2026" / "2 Mar 2026" (medium),
 * "2 March 2026" (long), "02/03/2026" (short, as French documents print dates).
 */
export function formatCalendarDay(
  day: string,
  locale: DateLocale,
  style: "short" | "medium" | "long" = "medium",
): string {
  return dateTimeFormat(tagOf(locale), { dateStyle: style, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * An instant as read in Paris: its day ("22 nov. 2026"), or day and time with `time: true`
 * ("22 nov. 2026, 14:05"), to the second with `time: "seconds"` (logs: audit, mailbox).
 */
export function formatParisInstant(
  instant: Date | string,
  locale: DateLocale,
  options: { dateStyle?: "short" | "medium" | "long"; time?: boolean | "seconds" } = {},
): string {
  const timeStyle = options.time === "seconds" ? "medium" : options.time ? "short" : undefined;
  return dateTimeFormat(tagOf(locale), {
    dateStyle: options.dateStyle ?? "medium",
    ...(timeStyle ? { timeStyle } : {}),
    timeZone: BUSINESS_TIME_ZONE,
  }).format(typeof instant === "string" ? new Date(instant) : instant);
}

/** The calendar date of `instant` in Paris, "YYYY-MM-DD". */
export function parisCalendarDate(instant: Date = new Date()): string {
  return dateTimeFormat("en-CA", {
    timeZone: BUSINESS_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
