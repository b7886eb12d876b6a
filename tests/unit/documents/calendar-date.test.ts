import { addDays, calendarDate, dueDateFromTerms, isCalendarDate } from "@/lib/documents/calendar-date";

describe("calendar dates", () => {
  it("today is the Paris date, whatever the server's time zone", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(calendarDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    // 21:59 UTC on 30 June is 23:59 in Paris (UTC+2 in summer): still the 30th.
    expect(calendarDate(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
  });

  it("accepts only days that exist", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("26-01-01")).toBe(false);
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-15", 30)).toBe("2027-01-14");
  });

  it("computes due dates from payment terms, end of month included", () => {
    expect(dueDateFromTerms("2026-11-22", { days: 30, endOfMonth: false })).toBe("2026-12-22");
    expect(dueDateFromTerms("2026-11-22", { days: 30, endOfMonth: true })).toBe("2026-12-31");
    expect(dueDateFromTerms("2026-01-15", { days: 30, endOfMonth: true })).toBe("2026-02-28");
    expect(dueDateFromTerms("2026-11-22", { days: 0, endOfMonth: false })).toBe("2026-11-22");
  });
});
