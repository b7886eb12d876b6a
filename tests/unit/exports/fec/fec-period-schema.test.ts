/** @jest-environment node */
import { fecPeriodInput, latestFecEnd } from "@/lib/exports/fec/fec-period-schema";

const errors = (input: unknown) => {
  const result = fecPeriodInput.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
};

describe("fecPeriodInput", () => {
  it("accepts a fiscal year and a 24-month first year", () => {
    expect(errors({ from: "2026-01-01", to: "2026-12-31" })).toBeNull();
    expect(errors({ from: "2026-07-01", to: "2028-06-30" })).toBeNull();
    expect(errors({ from: "2026-03-05", to: "2026-03-05" })).toBeNull();
  });

  it("refuses reversed dates, more than 24 months, and what is not a day", () => {
    expect(errors({ from: "2026-12-31", to: "2026-01-01" })).toEqual(["to:dates_reversed"]);
    expect(errors({ from: "2026-07-01", to: "2028-07-01" })).toEqual(["to:period_too_long"]);
    expect(errors({ from: "2006-01-01", to: "2026-01-01" })).toEqual(["to:period_too_long"]);
    expect(errors({ from: "2026-02-30", to: "" })).toEqual(["from:date_invalid", "to:required"]);
  });

  it("the latest end is 24 months less a day", () => {
    expect(latestFecEnd("2026-01-01")).toBe("2027-12-31");
    expect(latestFecEnd("2024-03-01")).toBe("2026-02-28");
  });
});
