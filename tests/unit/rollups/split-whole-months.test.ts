import { splitWholeMonths } from "@/lib/rollups/split-whole-months";

describe("splitWholeMonths", () => {
  it("keeps a range of whole months whole", () => {
    expect(splitWholeMonths({ from: "2026-01-01", to: "2026-12-31" })).toEqual({
      months: { from: "2026-01-01", to: "2026-12-01" },
      edges: [],
    });
    expect(splitWholeMonths({ from: "2024-02-01", to: "2024-02-29" })).toEqual({
      months: { from: "2024-02-01", to: "2024-02-01" },
      edges: [],
    });
  });

  it("reads the days at both ends apart", () => {
    expect(splitWholeMonths({ from: "2026-01-15", to: "2026-04-10" })).toEqual({
      months: { from: "2026-02-01", to: "2026-03-01" },
      edges: [
        { from: "2026-01-15", to: "2026-01-31" },
        { from: "2026-04-01", to: "2026-04-10" },
      ],
    });
    // This month so far: the month is not whole yet.
    expect(splitWholeMonths({ from: "2025-12-08", to: "2026-12-07" })).toEqual({
      months: { from: "2026-01-01", to: "2026-11-01" },
      edges: [
        { from: "2025-12-08", to: "2025-12-31" },
        { from: "2026-12-01", to: "2026-12-07" },
      ],
    });
  });

  it("gives a range without a whole month as one edge", () => {
    expect(splitWholeMonths({ from: "2026-12-01", to: "2026-12-07" })).toEqual({
      months: null,
      edges: [{ from: "2026-12-01", to: "2026-12-07" }],
    });
    expect(splitWholeMonths({ from: "2026-01-20", to: "2026-02-10" })).toEqual({
      months: null,
      edges: [{ from: "2026-01-20", to: "2026-02-10" }],
    });
    expect(splitWholeMonths({ from: "2026-03-05", to: "2026-03-05" })).toEqual({
      months: null,
      edges: [{ from: "2026-03-05", to: "2026-03-05" }],
    });
  });
});
