import { centsToDecimalString, formatMoney } from "@/lib/money/format-money";

describe("formatMoney", () => {
  it("formats French amounts with a narrow no-break space between thousands", () => {
    expect(formatMoney(123456, "fr")).toBe("1\u202f234,56\u00a0€");
    expect(formatMoney(0, "fr")).toBe("0,00\u00a0€");
    expect(formatMoney(5, "fr")).toBe("0,05\u00a0€");
    expect(formatMoney(-1250, "fr")).toBe("-12,50\u00a0€");
  });

  it("formats English amounts", () => {
    expect(formatMoney(123456, "en")).toBe("€1,234.56");
    expect(formatMoney(100, "en")).toBe("€1.00");
  });

  it("keeps every cent of large amounts (no float rounding)", () => {
    expect(formatMoney(1_000_000_000_000, "en")).toBe("€10,000,000,000.00");
    expect(formatMoney(999_999_999_999, "fr")).toBe("9\u202f999\u202f999\u202f999,99\u00a0€");
  });

  it("uses the currency code given", () => {
    expect(formatMoney(123456, "en", "USD")).toBe("$1,234.56");
  });

  it("writes plain decimal strings from cents", () => {
    expect(centsToDecimalString(123456)).toBe("1234.56");
    expect(centsToDecimalString(7, ",")).toBe("0,07");
    expect(centsToDecimalString(-120)).toBe("-1.20");
    expect(() => centsToDecimalString(1.5)).toThrow(RangeError);
  });
});
