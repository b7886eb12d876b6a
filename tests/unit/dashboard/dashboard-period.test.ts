import {
  addMonthsClamped,
  customPeriod,
  dayCount,
  monthEnd,
  periodOf,
  resolveDashboardPeriod,
} from "@/lib/dashboard/dashboard-period";
import { AppError } from "@/lib/errors/app-error";

// The period picker's calendar maths (Europe/Paris calendar days, inclusive bounds) and its
// validation: reversed dates, a range over five years, an unknown period, a date that is no day.

function fieldErrorsOf(params: Record<string, unknown>): Record<string, string[]> {
  try {
    resolveDashboardPeriod(params, "2026-05-15");
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe("VALIDATION");
    return (error as AppError).details.fieldErrors ?? {};
  }
  throw new Error("expected a validation error");
}

describe("periods and their previous period", () => {
  it("this month: the whole calendar month, compared with the month before", () => {
    expect(periodOf("this-month", "2026-03-31")).toEqual({
      kind: "this-month",
      from: "2026-03-01",
      to: "2026-03-31",
      previous: { from: "2026-02-01", to: "2026-02-28" },
    });
  });

  it("January's previous month is December of the year before", () => {
    expect(periodOf("this-month", "2026-01-01").previous).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(periodOf("last-month", "2026-01-20")).toMatchObject({
      from: "2025-12-01",
      to: "2025-12-31",
      previous: { from: "2025-11-01", to: "2025-11-30" },
    });
  });

  it("February has 29 days in a leap year, 28 otherwise (2100 is not leap)", () => {
    expect(periodOf("this-month", "2024-02-29")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodOf("last-month", "2024-03-31")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthEnd("2100-02-10")).toBe("2100-02-28");
    expect(monthEnd("2000-02-10")).toBe("2000-02-29");
  });

  it("quarters start in January, April, July and October; Q1's previous is last year's Q4", () => {
    expect(periodOf("this-quarter", "2026-02-14")).toEqual({
      kind: "this-quarter",
      from: "2026-01-01",
      to: "2026-03-31",
      previous: { from: "2025-10-01", to: "2025-12-31" },
    });
    expect(periodOf("this-quarter", "2026-06-30")).toMatchObject({
      from: "2026-04-01",
      to: "2026-06-30",
      previous: { from: "2026-01-01", to: "2026-03-31" },
    });
    expect(periodOf("this-quarter", "2026-12-31")).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
  });

  it("last quarter: the quarter just closed (what a quarterly VAT return covers)", () => {
    expect(periodOf("last-quarter", "2026-02-14")).toEqual({
      kind: "last-quarter",
      from: "2025-10-01",
      to: "2025-12-31",
      previous: { from: "2025-07-01", to: "2025-09-30" },
    });
    expect(periodOf("last-quarter", "2026-07-01")).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
  });

  it("last year: the calendar year before, compared with the one before it", () => {
    expect(periodOf("last-year", "2026-01-01")).toEqual({
      kind: "last-year",
      from: "2025-01-01",
      to: "2025-12-31",
      previous: { from: "2024-01-01", to: "2024-12-31" },
    });
  });

  it("this year: 1 January to 31 December, compared with the year before", () => {
    expect(periodOf("this-year", "2026-07-04")).toMatchObject({
      from: "2026-01-01",
      to: "2026-12-31",
      previous: { from: "2025-01-01", to: "2025-12-31" },
    });
  });

  it("last 12 months: this month and the 11 before it, compared with the 12 before those", () => {
    expect(periodOf("last-12-months", "2024-02-29")).toEqual({
      kind: "last-12-months",
      from: "2023-03-01",
      to: "2024-02-29",
      previous: { from: "2022-03-01", to: "2023-02-28" },
    });
  });

  it("a custom range is compared with as many days just before it", () => {
    const period = customPeriod({ from: "2024-03-01", to: "2024-03-10" });
    expect(period.previous).toEqual({ from: "2024-02-20", to: "2024-02-29" });
    expect(dayCount(period.previous)).toBe(dayCount(period));
    expect(customPeriod({ from: "2026-05-15", to: "2026-05-15" }).previous).toEqual({
      from: "2026-05-14",
      to: "2026-05-14",
    });
  });

  it("a month later, 31 January is 29 February in a leap year", () => {
    expect(addMonthsClamped("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsClamped("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsClamped("2024-02-29", 48)).toBe("2028-02-29");
  });
});

describe("the picker's parameters", () => {
  it("no parameter is this month; a known period ignores the dates", () => {
    expect(resolveDashboardPeriod({}, "2026-05-15")).toMatchObject({ from: "2026-05-01", to: "2026-05-31" });
    expect(resolveDashboardPeriod({ period: "this-year", from: "x", to: "" }, "2026-05-15")).toMatchObject({
      kind: "this-year",
      from: "2026-01-01",
    });
    expect(resolveDashboardPeriod({ period: ["last-month", "this-year"] }, "2026-05-15").kind).toBe("last-month");
  });

  it("custom takes its dates (inclusive)", () => {
    expect(resolveDashboardPeriod({ period: "custom", from: "2025-01-15", to: "2025-02-14" }, "2026-05-15")).toEqual({
      kind: "custom",
      from: "2025-01-15",
      to: "2025-02-14",
      previous: { from: "2024-12-15", to: "2025-01-14" },
    });
  });

  it("an unknown period is a field error on period", () => {
    expect(fieldErrorsOf({ period: "forever" })).toEqual({ period: ["period_unknown"] });
  });

  it("custom without dates, or with a day that does not exist, is a field error on each date", () => {
    expect(fieldErrorsOf({ period: "custom" })).toEqual({
      from: ["period_date_invalid"],
      to: ["period_date_invalid"],
    });
    expect(fieldErrorsOf({ period: "custom", from: "2025-02-29", to: "2025-03-01" })).toEqual({
      from: ["period_date_invalid"],
    });
  });

  it("reversed dates are a field error on the end date", () => {
    expect(fieldErrorsOf({ period: "custom", from: "2026-03-02", to: "2026-03-01" })).toEqual({
      to: ["period_range_reversed"],
    });
  });

  it("five years are allowed, one day more is not; twenty years are refused", () => {
    expect(resolveDashboardPeriod({ period: "custom", from: "2021-01-01", to: "2025-12-31" }, "2026-05-15").to).toBe(
      "2025-12-31",
    );
    expect(fieldErrorsOf({ period: "custom", from: "2021-01-01", to: "2026-01-01" })).toEqual({
      to: ["period_range_too_long"],
    });
    expect(fieldErrorsOf({ period: "custom", from: "2006-01-01", to: "2026-01-01" })).toEqual({
      to: ["period_range_too_long"],
    });
  });
});
