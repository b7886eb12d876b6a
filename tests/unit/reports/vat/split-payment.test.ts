import { scale, serviceShare, splitPayment, type PaidGroup } from "@/lib/reports/vat/split-payment";

// VAT on receipts: a payment split over the paid invoice's VAT groups. The parts always add up
// to the payment (largest remainder); the services part and its VAT are rounded half away
// from zero.

const group = (
  overrides: Partial<PaidGroup> & Pick<PaidGroup, "vatRateBps" | "totalCents" | "vatCents">,
): PaidGroup => ({
  vatCategory: "S",
  servicesWeight: 1,
  allWeight: 1,
  ...overrides,
});

// 1 000,00 at 20 % and 500,00 at 10 %: 1 200,00 + 550,00 = 1 750,00 incl. VAT.
const twoRates = [
  group({ vatRateBps: 2000, totalCents: 120_000, vatCents: 20_000 }),
  group({ vatRateBps: 1000, totalCents: 55_000, vatCents: 5_000 }),
];

describe("splitPayment", () => {
  it("splits in proportion to each rate's total incl. VAT", () => {
    expect(splitPayment(70_000, twoRates)).toEqual([
      { vatCategory: "S", vatRateBps: 2000, paidCents: 48_000, baseCents: 40_000, vatCents: 8_000 },
      { vatCategory: "S", vatRateBps: 1000, paidCents: 22_000, baseCents: 20_000, vatCents: 2_000 },
    ]);
  });

  it("gives the missing cent to the largest remainder, so the parts sum to the payment", () => {
    // 333,33 → 228,569… and 104,760…: floors 228,56 + 104,76 = 333,32; the cent goes to 20 %.
    const parts = splitPayment(33_333, twoRates);
    expect(parts.map((part) => part.paidCents)).toEqual([22_857, 10_476]);
    // VAT 22 857 × 200 / 1 200 = 3 809,5 → 3 810 (half away from zero); 10 476 / 11 = 952,36 → 952.
    expect(parts.map((part) => [part.baseCents, part.vatCents])).toEqual([
      [19_047, 3_810],
      [9_524, 952],
    ]);
  });

  it("parts always add up to the payment, and base + VAT to each part", () => {
    const groups = [
      group({ vatRateBps: 2000, totalCents: 12_345, vatCents: 2_058 }),
      group({ vatRateBps: 550, totalCents: 6_789, vatCents: 354 }),
      group({ vatRateBps: 210, totalCents: 1_011, vatCents: 21 }),
      group({ vatCategory: "E", vatRateBps: 0, totalCents: 999, vatCents: 0 }),
    ];
    const total = groups.reduce((sum, g) => sum + g.totalCents, 0);
    for (const amount of [1, 2, 3, 7, 99, 1_000, 5_001, 12_345, total - 1, total]) {
      const parts = splitPayment(amount, groups);
      expect(parts.reduce((sum, part) => sum + part.paidCents, 0)).toBe(amount);
      for (const part of parts) expect(part.baseCents + part.vatCents).toBe(part.paidCents);
    }
  });

  it("paying the whole invoice gives back its own VAT per rate", () => {
    const parts = splitPayment(175_000, twoRates);
    expect(parts.map((part) => part.vatCents)).toEqual([20_000, 5_000]);
  });

  it("counts only the services' share: nothing of goods, a share of a mixed group", () => {
    const goods = splitPayment(12_000, [
      group({ vatRateBps: 2000, totalCents: 12_000, vatCents: 2_000, servicesWeight: 0 }),
    ]);
    expect(goods).toEqual([{ vatCategory: "S", vatRateBps: 2000, paidCents: 12_000, baseCents: 0, vatCents: 0 }]);
    // 600 of services in 1 000: 60 % of the 500,00 paid, VAT of 300,00 at 20 % = 50,00.
    const mixed = splitPayment(50_000, [
      group({ vatRateBps: 2000, totalCents: 120_000, vatCents: 20_000, servicesWeight: 60_000, allWeight: 100_000 }),
    ]);
    expect(mixed[0]).toMatchObject({ paidCents: 50_000, baseCents: 25_000, vatCents: 5_000 });
  });

  it("a group with a negative total (a deposit deducted beyond a rate) takes its negative share", () => {
    const parts = splitPayment(10_000, [
      group({ vatRateBps: 2000, totalCents: 12_000, vatCents: 2_000 }),
      group({ vatRateBps: 1000, totalCents: -2_000, vatCents: -182 }),
    ]);
    expect(parts.map((part) => part.paidCents)).toEqual([12_000, -2_000]);
    expect(parts[1]).toMatchObject({ vatCents: -182, baseCents: -1_818 });
  });
});

describe("scale and serviceShare", () => {
  it("round half away from zero, and keep the amount when there is nothing to weigh", () => {
    expect(scale(5n, 1n, 2n)).toBe(3n);
    expect(scale(-5n, 1n, 2n)).toBe(-3n);
    expect(scale(5n, 1n, -2n)).toBe(-3n);
    expect(scale(7n, 0n, 0n)).toBe(7n);
    expect(serviceShare(1_001n, { servicesWeight: 1, allWeight: 2 })).toBe(501n);
    expect(serviceShare(1_001n, { servicesWeight: 0, allWeight: 1 })).toBe(0n);
    expect(serviceShare(1_001n, { servicesWeight: 0, allWeight: 0 })).toBe(1_001n);
  });
});
