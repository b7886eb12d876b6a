import {
  isDue,
  localToday,
  nextOccurrence,
  occurrenceAt,
  occurrencesFrom,
  previewDates,
  type RecurrenceRule,
} from "@/lib/recurring/recurrence";

// The calendar of recurring invoices: each occurrence computed from the start (clamping to
// short months never drifts), the ends, and the Paris local day that makes a period due.

function rule(overrides: Partial<RecurrenceRule>): RecurrenceRule {
  return {
    frequency: "MONTHLY",
    interval: 1,
    dayOfMonth: null,
    lastDayOfMonth: false,
    startDate: "2026-01-01",
    endKind: "NEVER",
    endAfterCount: null,
    endDate: null,
    ...overrides,
  };
}

describe("recurrence: monthly", () => {
  it("on the 31st: 29 Feb in a leap year, 28 Feb in a common year, 30 Apr, and back to the 31st", () => {
    const leap = rule({ startDate: "2028-01-31", dayOfMonth: 31 });
    expect(previewDates(leap, 5)).toEqual(["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31"]);
    const common = rule({ startDate: "2027-01-31", dayOfMonth: 31 });
    expect(previewDates(common, 4)).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]);
  });

  it("on the last day of the month", () => {
    const last = rule({ startDate: "2027-01-15", lastDayOfMonth: true, dayOfMonth: 3 });
    expect(previewDates(last, 6)).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
    ]);
  });

  it("starts with the first matching day on or after the start date", () => {
    // The 10th of January is before a 15 January start: the first is 10 February.
    expect(previewDates(rule({ startDate: "2027-01-15", dayOfMonth: 10 }), 2)).toEqual(["2027-02-10", "2027-03-10"]);
    expect(previewDates(rule({ startDate: "2027-01-10", dayOfMonth: 10 }), 1)).toEqual(["2027-01-10"]);
  });

  it("every 2 months", () => {
    expect(previewDates(rule({ startDate: "2027-01-05", dayOfMonth: 5, interval: 2 }), 4)).toEqual([
      "2027-01-05",
      "2027-03-05",
      "2027-05-05",
      "2027-07-05",
    ]);
  });
});

describe("recurrence: weekly, quarterly, yearly", () => {
  it("every 2 weeks on the start date's weekday", () => {
    // 2027-03-03 is a Wednesday.
    const fortnightly = rule({ frequency: "WEEKLY", interval: 2, startDate: "2027-03-03", dayOfMonth: 20 });
    expect(previewDates(fortnightly, 4)).toEqual(["2027-03-03", "2027-03-17", "2027-03-31", "2027-04-14"]);
    expect(occurrencesFrom(fortnightly, "2027-03-18", 2)).toEqual(["2027-03-31", "2027-04-14"]);
    expect(new Date("2027-04-14T00:00:00Z").getUTCDay()).toBe(3);
  });

  it("quarterly from 30 November: 28/29 February, then the 30th again", () => {
    const quarterly = rule({ frequency: "QUARTERLY", startDate: "2026-11-30", dayOfMonth: 30 });
    expect(previewDates(quarterly, 6)).toEqual([
      "2026-11-30",
      "2027-02-28",
      "2027-05-30",
      "2027-08-30",
      "2027-11-30",
      "2028-02-29",
    ]);
  });

  it("yearly on 29 February over 8 years: 28 Feb in common years, 29 in leap years", () => {
    const yearly = rule({ frequency: "YEARLY", startDate: "2028-02-29", dayOfMonth: 29 });
    expect(previewDates(yearly, 8)).toEqual([
      "2028-02-29",
      "2029-02-28",
      "2030-02-28",
      "2031-02-28",
      "2032-02-29",
      "2033-02-28",
      "2034-02-28",
      "2035-02-28",
    ]);
  });

  it("yearly on a day before the start's day starts the next year", () => {
    expect(previewDates(rule({ frequency: "YEARLY", startDate: "2027-06-20", dayOfMonth: 1 }), 2)).toEqual([
      "2028-06-01",
      "2029-06-01",
    ]);
  });
});

describe("recurrence: ends and next occurrences", () => {
  it("ends after N occurrences in all", () => {
    const three = rule({ startDate: "2027-01-01", dayOfMonth: 1, endKind: "AFTER_COUNT", endAfterCount: 3 });
    expect(previewDates(three, 10)).toEqual(["2027-01-01", "2027-02-01", "2027-03-01"]);
    expect(occurrenceAt(three, 2)).toBe("2027-03-01");
    expect(occurrenceAt(three, 3)).toBeNull();
    expect(nextOccurrence(three, "2027-02-01")).toBe("2027-03-01");
    expect(nextOccurrence(three, "2027-03-01")).toBeNull();
    // Counted from the start, wherever the reading starts.
    expect(occurrencesFrom(three, "2027-02-15", 10)).toEqual(["2027-03-01"]);
  });

  it("ends on a date: nothing after it, the end day itself included", () => {
    const until = rule({ startDate: "2027-01-15", dayOfMonth: 15, endKind: "ON_DATE", endDate: "2027-04-15" });
    expect(previewDates(until, 10)).toEqual(["2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15"]);
    expect(nextOccurrence(until, "2027-04-15")).toBeNull();
    expect(nextOccurrence(rule({ ...until, endDate: "2027-04-14" }), "2027-03-15")).toBeNull();
  });

  it("reads from any day far from the start (the estimate walks to the exact occurrence)", () => {
    const monthly31 = rule({ startDate: "2026-01-31", dayOfMonth: 31 });
    expect(occurrencesFrom(monthly31, "2030-02-01", 3)).toEqual(["2030-02-28", "2030-03-31", "2030-04-30"]);
    expect(nextOccurrence(monthly31, "2030-02-28")).toBe("2030-03-31");
    expect(occurrencesFrom(monthly31, "2025-06-01", 1)).toEqual(["2026-01-31"]);
    const weekly = rule({ frequency: "WEEKLY", startDate: "2026-01-05" });
    expect(occurrencesFrom(weekly, "2026-12-28", 2)).toEqual(["2026-12-28", "2027-01-04"]);
    expect(nextOccurrence(weekly, "2026-12-28")).toBe("2027-01-04");
  });

  it("gives nothing for a rule without a valid interval", () => {
    expect(previewDates(rule({ interval: 0 }))).toEqual([]);
  });
});

describe("recurrence: Europe/Paris local day", () => {
  it("is due from local midnight on 2027-03-28 (clocks go forward that night: UTC+1 at midnight)", () => {
    expect(localToday(new Date("2027-03-27T22:59:59Z"))).toBe("2027-03-27");
    expect(isDue("2027-03-28", new Date("2027-03-27T22:59:59Z"))).toBe(false);
    expect(isDue("2027-03-28", new Date("2027-03-27T23:00:00Z"))).toBe(true);
    expect(localToday(new Date("2027-03-27T23:00:00Z"))).toBe("2027-03-28");
    // The next day, summer time: midnight is 22:00 UTC.
    expect(isDue("2027-03-29", new Date("2027-03-28T21:59:59Z"))).toBe(false);
    expect(isDue("2027-03-29", new Date("2027-03-28T22:00:00Z"))).toBe(true);
  });

  it("is due from local midnight on 2027-10-31 (clocks go back that night: UTC+2 at midnight)", () => {
    expect(isDue("2027-10-31", new Date("2027-10-30T21:59:59Z"))).toBe(false);
    expect(isDue("2027-10-31", new Date("2027-10-30T22:00:00Z"))).toBe(true);
    expect(isDue("2027-10-31", new Date("2027-10-30T23:00:00Z"))).toBe(true);
    // The next day, winter time: midnight is 23:00 UTC.
    expect(isDue("2027-11-01", new Date("2027-10-31T22:59:59Z"))).toBe(false);
    expect(isDue("2027-11-01", new Date("2027-10-31T23:00:00Z"))).toBe(true);
  });

  it("takes another time zone when given one", () => {
    const now = new Date("2027-03-28T02:00:00Z");
    expect(localToday(now, "America/New_York")).toBe("2027-03-27");
    expect(isDue("2027-03-28", now, "America/New_York")).toBe(false);
    expect(isDue("2027-03-28", now)).toBe(true);
  });
});
