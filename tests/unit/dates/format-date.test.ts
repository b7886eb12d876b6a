import { dateTimeFormat, formatCalendarDay, formatParisInstant, parisCalendarDate } from "@/lib/dates/format-date";

describe("lib/dates", () => {
  it("formats calendar days without any time zone shift", () => {
    expect(formatCalendarDay("2026-03-02", "fr")).toBe("2 mars 2026");
    expect(formatCalendarDay("2026-03-02", "fr", "long")).toBe("2 mars 2026");
    expect(formatCalendarDay("2026-03-02", "en")).toBe("2 Mar 2026");
    expect(formatCalendarDay("2026-03-02", "en", "long")).toBe("2 March 2026");
    expect(formatCalendarDay("2026-01-01", "fr", "medium")).toBe("1 janv. 2026");
    expect(formatCalendarDay("2026-03-02", "fr", "short")).toBe("02/03/2026");
  });

  it("formats instants as read in Paris (day, and time when asked)", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Paris (UTC+1 in winter).
    const instant = new Date("2025-12-31T23:30:00Z");
    expect(formatParisInstant(instant, "fr")).toBe("1 janv. 2026");
    expect(formatParisInstant(instant.toISOString(), "en", { dateStyle: "long" })).toBe("1 January 2026");
    expect(formatParisInstant(instant, "fr", { time: true })).toBe("1 janv. 2026, 00:30");
    expect(formatParisInstant(instant, "en", { dateStyle: "long", time: true })).toBe("1 January 2026 at 00:30");
    // Logs read to the second, in Paris whatever the server's time zone.
    const logged = new Date("2026-07-14T21:05:09Z");
    expect(formatParisInstant(logged, "fr", { dateStyle: "short", time: "seconds" })).toBe("14/07/2026 23:05:09");
    expect(formatParisInstant(logged, "en", { time: "seconds" })).toBe("14 Jul 2026, 23:05:09");
  });

  it("gives the calendar date in Paris", () => {
    expect(parisCalendarDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(parisCalendarDate(new Date("2026-01-15T12:00:00Z"))).toBe("2026-01-15");
  });

  it("builds one formatter per locale and options, then reuses it", () => {
    const options = { dateStyle: "medium", timeZone: "UTC" } as const;
    expect(dateTimeFormat("fr-FR", options)).toBe(dateTimeFormat("fr-FR", { ...options }));
    expect(dateTimeFormat("fr-FR", options)).not.toBe(dateTimeFormat("en-GB", options));
  });
});
