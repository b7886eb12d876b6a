import { ca3Lines, operationLine, rateLine } from "@/lib/reports/vat/ca3-lines";
import type { VatRow } from "@/lib/reports/vat/vat-rows";

// The CA3 (n° 3310-CA3) lines of the VAT due: cadre A's operations by category, cadre B's tax
// by rate, line 16 the total.

const row = (vatCategory: VatRow["vatCategory"], vatRateBps: number, baseCents: number, vatCents = 0): VatRow => ({
  vatCategory,
  vatRateBps,
  baseCents,
  vatCents,
});

describe("rateLine and operationLine", () => {
  it("map the French rates to the form's lines", () => {
    expect([2000, 550, 1000, 210, 850].map(rateLine)).toEqual(["08", "09", "9B", "T6", "10"]);
    expect(rateLine(1300)).toBeNull();
    expect(rateLine(700)).toBeNull();
  });

  it("map the categories to cadre A", () => {
    expect(operationLine("S")).toBe("A1");
    expect(operationLine("G")).toBe("E1");
    expect(operationLine("K")).toBe("F2");
    expect(["E", "AE", "O", "Z"].map((category) => operationLine(category as VatRow["vatCategory"]))).toEqual([
      "E2",
      "E2",
      "E2",
      "E2",
    ]);
  });
});

describe("ca3Lines", () => {
  it("adds up the operations, lists each rate's base and tax, and totals the tax on line 16", () => {
    const lines = ca3Lines([
      row("S", 2000, 100_000, 20_000),
      row("S", 1000, 50_000, 5_000),
      row("S", 550, 10_000, 550),
      row("S", 210, 5_000, 105),
      row("AE", 0, 8_000),
      row("E", 0, 2_000),
      row("G", 0, 12_000),
      row("K", 0, 25_000),
    ]);
    expect(lines).toEqual([
      { code: "A1", vatRateBps: null, baseCents: 165_000, vatCents: null },
      { code: "E1", vatRateBps: null, baseCents: 12_000, vatCents: null },
      { code: "E2", vatRateBps: null, baseCents: 10_000, vatCents: null },
      { code: "F2", vatRateBps: null, baseCents: 25_000, vatCents: null },
      { code: "08", vatRateBps: 2000, baseCents: 100_000, vatCents: 20_000 },
      { code: "9B", vatRateBps: 1000, baseCents: 50_000, vatCents: 5_000 },
      { code: "09", vatRateBps: 550, baseCents: 10_000, vatCents: 550 },
      { code: "T6", vatRateBps: 210, baseCents: 5_000, vatCents: 105 },
      { code: "16", vatRateBps: null, baseCents: null, vatCents: 25_655 },
    ]);
  });

  it("keeps a rate without a line, with its rate and no code, inside the total", () => {
    const lines = ca3Lines([row("S", 1300, 10_000, 1_300), row("S", 2000, 1_000, 200)]);
    expect(lines).toContainEqual({ code: null, vatRateBps: 1300, baseCents: 10_000, vatCents: 1_300 });
    expect(lines.at(-1)).toEqual({ code: "16", vatRateBps: null, baseCents: null, vatCents: 1_500 });
  });

  it("has only cadre A when nothing is taxed (e.g. only exports), and nothing for nothing", () => {
    expect(ca3Lines([row("G", 0, 12_000)])).toEqual([
      { code: "E1", vatRateBps: null, baseCents: 12_000, vatCents: null },
    ]);
    expect(ca3Lines([])).toEqual([]);
  });

  it("a negative period (more credit notes than invoices) stays negative", () => {
    expect(ca3Lines([row("S", 2000, -5_000, -1_000)])).toEqual([
      { code: "A1", vatRateBps: null, baseCents: -5_000, vatCents: null },
      { code: "08", vatRateBps: 2000, baseCents: -5_000, vatCents: -1_000 },
      { code: "16", vatRateBps: null, baseCents: null, vatCents: -1_000 },
    ]);
  });
});
