import { computeTotals } from "@/lib/documents/totals/compute-totals";
import { lineShares } from "@/lib/reports/sales/sales-line-shares";

// Each line's share of its document's base and VAT: the shares add up to the document's
// stated totals per VAT group, whatever the discount, the price mode or a negative line.

function documentOf(
  lines: { quantityMilli: number; unitPriceCents: number; vatRateBps: number }[],
  options: { discount?: { kind: "percent"; bps: number } | { kind: "amount"; cents: number }; inclVat?: boolean } = {},
) {
  const totals = computeTotals({ lines, discount: options.discount ?? null, pricesIncludeVat: options.inclVat });
  return {
    totals,
    document: {
      vatExempt: false,
      groups: totals.byRate,
      lines: lines.map((line, index) => ({
        netCents: totals.lines[index]!.netCents,
        vatRateBps: line.vatRateBps,
        vatCategory: totals.lines[index]!.vatCategory,
      })),
    },
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("lineShares", () => {
  it("gives a line alone in its group the group's base and VAT", () => {
    const { document } = documentOf([
      { quantityMilli: 3000, unitPriceCents: 8000, vatRateBps: 2000 },
      { quantityMilli: 2000, unitPriceCents: 1250, vatRateBps: 550 },
    ]);
    expect(lineShares(document)).toEqual([
      { exclVatCents: 24_000, vatCents: 4_800 },
      { exclVatCents: 2_500, vatCents: 138 },
    ]);
  });

  it("splits a group's VAT over its lines without losing a cent (10 lines of 0,33 at 20 %)", () => {
    const { document, totals } = documentOf(
      Array.from({ length: 10 }, () => ({ quantityMilli: 1000, unitPriceCents: 33, vatRateBps: 2000 })),
    );
    const shares = lineShares(document);
    expect(sum(shares.map((s) => s.exclVatCents))).toBe(totals.totalExclVatCents);
    expect(sum(shares.map((s) => s.vatCents))).toBe(totals.totalVatCents);
    expect(totals.totalVatCents).toBe(66);
    // 66 cents over 10 equal lines: 6 get 7, 4 get 6 (largest remainder, ties to the first).
    expect(shares.map((s) => s.vatCents)).toEqual([7, 7, 7, 7, 7, 7, 6, 6, 6, 6]);
  });

  it("spreads a document discount and prices incl. VAT in proportion to the lines", () => {
    const { document, totals } = documentOf(
      [
        { quantityMilli: 1000, unitPriceCents: 10_000, vatRateBps: 2000 },
        { quantityMilli: 1000, unitPriceCents: 30_000, vatRateBps: 2000 },
        { quantityMilli: 1000, unitPriceCents: 5_000, vatRateBps: 550 },
      ],
      { discount: { kind: "percent", bps: 1000 }, inclVat: true },
    );
    const shares = lineShares(document);
    expect(sum(shares.map((s) => s.exclVatCents))).toBe(totals.totalExclVatCents);
    expect(sum(shares.map((s) => s.vatCents))).toBe(totals.totalVatCents);
    // 20 % group: 360,00 incl. VAT after discount → base 300,00, split 1:3.
    expect(shares.slice(0, 2)).toEqual([
      { exclVatCents: 7_500, vatCents: 1_500 },
      { exclVatCents: 22_500, vatCents: 4_500 },
    ]);
  });

  it("lets a negative deduction line take its share, the article line keeping its own base", () => {
    const { document, totals } = documentOf([
      { quantityMilli: 10_000, unitPriceCents: 8_000, vatRateBps: 2000 },
      { quantityMilli: 1000, unitPriceCents: -24_317, vatRateBps: 2000 },
    ]);
    const shares = lineShares(document);
    expect(shares[0]!.exclVatCents).toBe(80_000);
    expect(shares[1]!.exclVatCents).toBe(-24_317);
    expect(shares[0]!.vatCents + shares[1]!.vatCents).toBe(totals.totalVatCents);
  });

  it("puts every line of a VAT-exempt document in the exempt group", () => {
    const totals = computeTotals({
      lines: [
        { quantityMilli: 1000, unitPriceCents: 5_000, vatRateBps: 2000 },
        { quantityMilli: 1000, unitPriceCents: 7_000, vatRateBps: 1000 },
      ],
      vatExempt: true,
    });
    const shares = lineShares({
      vatExempt: true,
      groups: totals.byRate,
      lines: [
        { netCents: 5_000, vatRateBps: 2000, vatCategory: "S" },
        { netCents: 7_000, vatRateBps: 1000, vatCategory: "S" },
      ],
    });
    expect(shares).toEqual([
      { exclVatCents: 5_000, vatCents: 0 },
      { exclVatCents: 7_000, vatCents: 0 },
    ]);
  });
});
