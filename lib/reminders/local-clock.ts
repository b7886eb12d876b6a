import { dateTimeFormat } from "@/lib/dates/format-date";

// What the clock reads in an organization's time zone: its calendar day and hour. The daily
// reminders go out once the local hour has reached the organization's send hour, so they
// follow its daylight saving changes (09:00 in Paris is 08:00 UTC in winter, 07:00 in summer).

export type LocalClock = { day: string; hour: number };

/** The local day ("YYYY-MM-DD") and hour (0-23) of `now` in `timeZone` (a RangeError for an unknown zone). */
export function localClock(now: Date, timeZone: string): LocalClock {
  const parts = dateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

/** The IANA zones this runtime knows (what the settings form offers), plus UTC, which ICU lists apart. */
export function timeZoneNames(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

let known: Set<string> | null = null;

export function isTimeZone(value: string): boolean {
  known ??= new Set(timeZoneNames());
  return known.has(value);
}
