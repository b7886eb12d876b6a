import fc from "fast-check";
import { computeTotals, type TotalsInput } from "@/lib/documents/totals/compute-totals";
import { allocate, roundDiv } from "@/lib/documents/totals/rounding";

const line = (quantity: number, unitPriceCents: number, vatRateBps: number) => ({
  quantityMilli: Math.round(quantity * 1000),
  unitPriceCents,
  vatRateBps,
});

describe("rounding primitives", () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
  ])("roundDiv(%s, %s) = %s (half away from zero)", (n, d, expected) => {
    expect(roundDiv(n, d)).toBe(expected);
  });

  it("allocates exactly, largest remainder first", () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocate(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n]);
    expect(allocate(10n, [0n, 0n])).toEqual([10n, 0n]);
    expect(allocate(7n, [50n, 30n, 20n])).toEqual([4n, 2n, 1n]);
  });

  it("allocates exactly when weights have mixed signs (a rate made negative by a deduction)", () => {
    // 6533 over [10 000, −2 000]: the exact shares are 8166.25 and −1633.25.
    const parts = allocate(6533n, [10_000n, -2_000n]);
    expect(parts).toEqual([8166n, -1633n]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(6533n);
    // A negative sum of weights keeps the proportions: −3 000 over [1 000, −4 000].
    const negative = allocate(100n, [1_000n, -4_000n]);
    expect(negative).toEqual([-33n, 133n]);
    expect(negative.reduce((a, b) => a + b, 0n)).toBe(100n);
  });
});

describe("the known problem cases", () => {
  it("1,000.00 € at 19 % is 190.00 € of VAT, even split over lines that would round down one by one", () => {
    expect(computeTotals({ lines: [line(1, 100_000, 1900)] })).toMatchObject({
      totalExclVatCents: 100_000,
      totalVatCents: 19_000,
      totalInclVatCents: 119_000,
    });
    // Per-line VAT would be 63.33 + 63.33 + 63.33 = 189.99 €; per rate it is 190.00 €.
    const split = computeTotals({ lines: [line(1, 33_333, 1900), line(1, 33_333, 1900), line(1, 33_334, 1900)] });
    expect(split.totalVatCents).toBe(19_000);
    expect(split.totalInclVatCents).toBe(119_000);
  });

  it("a price of exactly 500.00 € incl. VAT at 10 % stays 500.00 € (no HT amount in cents can do it)", () => {
    // Entered excl. VAT, both neighbours miss: 454.54 → 499.99 and 454.55 → 500.01.
    expect(computeTotals({ lines: [line(1, 45_454, 1000)] }).totalInclVatCents).toBe(49_999);
    expect(computeTotals({ lines: [line(1, 45_455, 1000)] }).totalInclVatCents).toBe(50_001);
    // Entered incl. VAT: the total is kept, the base derived, the VAT is the difference.
    const ttc = computeTotals({ lines: [line(1, 50_000, 1000)], pricesIncludeVat: true });
    expect(ttc).toMatchObject({ totalInclVatCents: 50_000, totalExclVatCents: 45_455, totalVatCents: 4_545 });
  });

  it("0.1 × 3 is computed exactly (no floating point)", () => {
    expect(0.1 * 3).not.toBe(0.3); // what floating point would do
    expect(computeTotals({ lines: [line(0.1, 30, 2000)] }).totalExclVatCents).toBe(3);
    expect(computeTotals({ lines: [line(0.3, 1000, 2000)] }).totalExclVatCents).toBe(300);
    // Three lines of 0.1 × 33.33 € round each line (3.33 €), one line of 0.3 rounds once (10.00 €):
    // the rule is per line, and this is its documented consequence.
    const three = computeTotals({ lines: [line(0.1, 3_333, 2000), line(0.1, 3_333, 2000), line(0.1, 3_333, 2000)] });
    expect(three.totalExclVatCents).toBe(999);
    expect(computeTotals({ lines: [line(0.3, 3_333, 2000)] }).totalExclVatCents).toBe(1_000);
  });

  it("many small lines add up per rate: 1,000 lines of 0.01 € at 20 % carry 2.00 € of VAT", () => {
    const totals = computeTotals({ lines: Array.from({ length: 1000 }, () => line(1, 1, 2000)) });
    expect(totals).toMatchObject({ totalExclVatCents: 1_000, totalVatCents: 200, totalInclVatCents: 1_200 });
  });

  it("groups two rates with their own VAT, highest rate first", () => {
    const totals = computeTotals({
      lines: [line(3, 12_000, 2000), line(2, 4_550, 550), line(1.5, 8_000, 2000)],
    });
    expect(totals.byRate).toEqual([
      {
        vatCategory: "S",
        vatRateBps: 2000,
        vatExemptionCode: null,
        linesCents: 48_000,
        discountCents: 0,
        baseCents: 48_000,
        vatCents: 9_600,
        totalCents: 57_600,
      },
      {
        vatCategory: "S",
        vatRateBps: 550,
        vatExemptionCode: null,
        linesCents: 9_100,
        discountCents: 0,
        baseCents: 9_100,
        vatCents: 501,
        totalCents: 9_601,
      },
    ]);
    expect(totals.totalInclVatCents).toBe(67_201);
  });

  it("applies line and document discounts, spreading an amount discount exactly over the rates", () => {
    const totals = computeTotals({
      lines: [
        { ...line(2, 10_000, 2000), discount: { kind: "percent", bps: 1000 } },
        { ...line(1, 5_000, 1000), discount: { kind: "amount", cents: 500 } },
      ],
      discount: { kind: "amount", cents: 1_000 },
    });
    expect(totals.lines.map((l) => l.netCents)).toEqual([18_000, 4_500]);
    expect(totals.byRate.map((rate) => rate.discountCents)).toEqual([800, 200]);
    expect(totals.discountCents).toBe(1_000);
    expect(totals.totalExclVatCents).toBe(21_500);
    expect(totals.totalVatCents).toBe(3_440 + 430);
  });

  it("groups by VAT category and rate: exempt and reverse-charge lines at 0 % stay apart, with their reasons", () => {
    const totals = computeTotals({
      lines: [
        { ...line(1, 10_000, 2000) },
        { ...line(2, 1_000, 0), vatCategory: "K", vatExemptionCode: "VATEX-EU-IC" },
        { ...line(1, 3_000, 0), vatCategory: "AE", vatExemptionCode: "VATEX-EU-AE" },
        { ...line(1, 500, 0), vatCategory: "K", vatExemptionCode: "VATEX-EU-IC" },
      ],
    });
    expect(
      totals.byRate.map((group) => [group.vatCategory, group.vatRateBps, group.vatExemptionCode, group.baseCents]),
    ).toEqual([
      ["S", 2000, null, 10_000],
      ["AE", 0, "VATEX-EU-AE", 3_000],
      ["K", 0, "VATEX-EU-IC", 2_500],
    ]);
    expect(totals.lines.map((l) => l.vatCategory)).toEqual(["S", "K", "AE", "K"]);
    expect(totals.totalVatCents).toBe(2_000);
  });

  it("charges no VAT under the franchise (art. 293 B): every line exempt with the 293 B reason", () => {
    const franchise = computeTotals({ lines: [line(1, 10_000, 2000), line(1, 5_000, 550)], vatExempt: true });
    expect(franchise.byRate).toEqual([
      expect.objectContaining({
        vatCategory: "E",
        vatRateBps: 0,
        vatExemptionCode: "VATEX-FR-FRANCHISE",
        baseCents: 15_000,
      }),
    ]);
  });

  it("charges no VAT under the franchise (art. 293 B)", () => {
    const totals = computeTotals({ lines: [line(1, 10_000, 2000), line(1, 5_000, 550)], vatExempt: true });
    expect(totals).toMatchObject({ totalExclVatCents: 15_000, totalVatCents: 0, totalInclVatCents: 15_000 });
    expect(totals.byRate).toHaveLength(1);
  });

  it("is empty for a document without lines", () => {
    expect(computeTotals({ lines: [] })).toMatchObject({ byRate: [], totalInclVatCents: 0 });
  });
});

describe("properties over thousands of random documents", () => {
  const rate = fc.constantFrom(2000, 1000, 550, 210, 0);
  const discount = fc.option(
    fc.oneof(
      fc.record({ kind: fc.constant("percent" as const), bps: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant("amount" as const), cents: fc.integer({ min: 0, max: 50_000 }) }),
    ),
    { nil: null },
  );
  const document = fc.record({
    lines: fc.array(
      fc.record({
        quantityMilli: fc.integer({ min: 1, max: 10_000_000 }),
        unitPriceCents: fc.integer({ min: -100_000, max: 10_000_000 }),
        vatRateBps: rate,
        discount,
      }),
      { minLength: 1, maxLength: 40 },
    ),
    discount,
    pricesIncludeVat: fc.boolean(),
    vatExempt: fc.boolean(),
  }) satisfies fc.Arbitrary<TotalsInput>;

  it("sum of lines = totals, every time", () => {
    fc.assert(
      fc.property(document, (input) => {
        const totals = computeTotals(input);
        const sumLines = totals.lines.reduce((sum, l) => sum + l.netCents, 0);
        const sumRates = (pick: (r: (typeof totals.byRate)[number]) => number) =>
          totals.byRate.reduce((sum, r) => sum + pick(r), 0);
        expect(sumRates((r) => r.linesCents)).toBe(sumLines);
        expect(totals.totalInclVatCents).toBe(totals.totalExclVatCents + totals.totalVatCents);
        expect(sumRates((r) => r.baseCents)).toBe(totals.totalExclVatCents);
        expect(sumRates((r) => r.vatCents)).toBe(totals.totalVatCents);
        const afterDiscount = sumLines - totals.discountCents;
        if (input.pricesIncludeVat) expect(totals.totalInclVatCents).toBe(afterDiscount);
        else expect(totals.totalExclVatCents).toBe(afterDiscount);
        if (input.discount?.kind === "amount") expect(totals.discountCents).toBe(input.discount.cents);
        for (const r of totals.byRate) {
          // VAT is the rate applied once to the base, off by at most half a cent (HT mode), or
          // the difference that keeps the entered total (TTC mode).
          const exact = (r.baseCents * r.vatRateBps) / 10_000;
          expect(Math.abs(r.vatCents - exact)).toBeLessThanOrEqual(input.pricesIncludeVat ? 1 : 0.5);
          if (input.vatExempt) expect(r.vatCents).toBe(0);
        }
        for (const [index, l] of totals.lines.entries()) {
          const exact = (input.lines[index]!.quantityMilli * input.lines[index]!.unitPriceCents) / 1000;
          expect(Math.abs(l.grossCents - exact)).toBeLessThanOrEqual(0.5);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
  });
});
