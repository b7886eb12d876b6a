import { periodPickerState, periodQuery } from "@/lib/dashboard/period-picker-state";

describe("periodPickerState", () => {
  it("gives the period asked for, with nothing to report", () => {
    const state = periodPickerState({ period: "last-quarter" }, "2026-12-07");
    expect(state).toMatchObject({ kind: "last-quarter", from: "2026-07-01", to: "2026-09-30", errors: {} });
    expect(state.period.previous).toEqual({ from: "2026-04-01", to: "2026-06-30" });
  });

  it("shows this month on a bad input but keeps what was typed and says which field is wrong", () => {
    const state = periodPickerState({ period: "custom", from: "2026-06-30", to: "2026-01-01" }, "2026-12-07");
    expect(state.period).toMatchObject({ kind: "this-month", from: "2026-12-01", to: "2026-12-31" });
    expect(state).toMatchObject({ kind: "custom", from: "2026-06-30", to: "2026-01-01" });
    expect(state.errors).toEqual({ to: ["period_range_reversed"] });
    expect(periodPickerState({ period: "next-century" }, "2026-12-07")).toMatchObject({
      kind: "this-month",
      errors: { period: ["period_unknown"] },
    });
  });
});

describe("periodQuery", () => {
  it("names the period, with its dates only for a custom one", () => {
    expect(periodQuery(periodPickerState({ period: "last-year" }, "2026-12-07").period)).toBe("period=last-year");
    const custom = periodPickerState({ period: "custom", from: "2026-02-01", to: "2026-02-28" }, "2026-12-07").period;
    expect(periodQuery(custom)).toBe("period=custom&from=2026-02-01&to=2026-02-28");
  });
});
