import { exchangeRateSchema, normalizeExchangeRate, toEurCents } from "@/lib/documents/exchange-rate";

describe("exchange rate", () => {
  it("normalizes what a French or English user types", () => {
    expect(normalizeExchangeRate("0,9234")).toBe("0.9234");
    expect(normalizeExchangeRate(" 0.923400 ")).toBe("0.9234");
    expect(normalizeExchangeRate("001.5")).toBe("1.5");
    expect(normalizeExchangeRate("2")).toBe("2");
  });

  it("refuses zero, negatives, more than 6 decimals and text", () => {
    for (const bad of ["0", "0,000", "-1", "1.1234567", "abc", "", "1e3"]) {
      expect(normalizeExchangeRate(bad)).toBeNull();
      expect(exchangeRateSchema.safeParse(bad).success).toBe(false);
    }
    expect(exchangeRateSchema.safeParse("x").error?.issues[0]?.message).toBe("exchange_rate_invalid");
  });

  it("converts cents exactly and rounds once, half away from zero", () => {
    expect(toEurCents(10_000, "0.9234")).toBe(9_234);
    // 333 × 0.5 = 166.5 → 167
    expect(toEurCents(333, "0.5")).toBe(167);
    expect(toEurCents(-333, "0.5")).toBe(-167);
    // XOF: 655 957 F CFA ≈ 1 000 € at the fixed parity 0.001524
    expect(toEurCents(65_595_700, "0.001524")).toBe(99_968);
  });
});
