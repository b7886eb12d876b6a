import { dateTimeFormat } from "@/lib/dates/format-date";
import { addDays, BUSINESS_TIME_ZONE } from "@/lib/documents/calendar-date";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// When a link made without an explicit expiry stops working: never for invoices, deposit
// invoices and credit notes (the client may need them for years); for a quote, at the end of
// its validity day in Paris — the link of a quote that can no longer be accepted goes with it.

/** Milliseconds Paris is ahead of UTC at `instant`. */
function parisOffsetMs(instant: Date): number {
  const parts = dateTimeFormat("en-US", {
    timeZone: BUSINESS_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const asUtc = Date.UTC(
    value("year"),
    value("month") - 1,
    value("day"),
    value("hour"),
    value("minute"),
    value("second"),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a calendar day ("YYYY-MM-DD") starts in Paris. */
export function parisStartOfDay(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00.000Z`);
  // The offset at midnight Paris is the one of the instant itself; one correction suffices
  // (changes of time happen at 02:00/03:00, never around midnight).
  const guess = utcMidnight - parisOffsetMs(new Date(utcMidnight));
  return new Date(utcMidnight - parisOffsetMs(new Date(guess)));
}

/** The first instant after the end of `day` in Paris (the link works strictly before it). */
export function endOfParisDay(day: string): Date {
  return parisStartOfDay(addDays(day, 1));
}

/** The default expiry of a new link for a document. */
export function defaultShareLinkExpiry(document: { type: DocumentType; validUntil: string | null }): Date | null {
  if (document.type !== "QUOTE" || !document.validUntil) return null;
  return endOfParisDay(document.validUntil);
}
