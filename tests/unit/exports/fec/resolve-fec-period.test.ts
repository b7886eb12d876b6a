import { resolveFecPeriod } from "@/lib/exports/fec/resolve-fec-period";

describe("resolveFecPeriod", () => {
  it("defaults to the last calendar year", () => {
    expect(resolveFecPeriod({}, "2026-12-07")).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      period: { from: "2025-01-01", to: "2025-12-31" },
      errors: {},
    });
    expect(resolveFecPeriod({ from: " ", to: "" }, "2027-01-01").period).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
    });
  });

  it("takes a fiscal year that is not a calendar year, and the first of repeated parameters", () => {
    expect(resolveFecPeriod({ from: ["2025-07-01", "x"], to: "2026-06-30" }, "2026-12-07").period).toEqual({
      from: "2025-07-01",
      to: "2026-06-30",
    });
  });

  it("keeps what was typed and says on which field it is wrong", () => {
    expect(resolveFecPeriod({ from: "2026-06-30", to: "2026-01-01" }, "2026-12-07")).toEqual({
      from: "2026-06-30",
      to: "2026-01-01",
      period: null,
      errors: { to: ["dates_reversed"] },
    });
    expect(resolveFecPeriod({ from: "2026-02-30", to: "2026-03-01" }, "2026-12-07").errors).toEqual({
      from: ["date_invalid"],
    });
    expect(resolveFecPeriod({ from: "2006-01-01", to: "2026-01-01" }, "2026-12-07").errors).toEqual({
      to: ["period_too_long"],
    });
  });
});
