import { MAX_MONEY_CENTS, parseMoney } from "@/lib/money/parse-money";

const cents = (input: string, options?: { allowNegative?: boolean }) => {
  const result = parseMoney(input, options);
  return result.ok ? result.cents : result.code;
};

describe("parseMoney", () => {
  it.each([
    ["1 234,56", 123456],
    ["1234.56", 123456],
    ["1234,56", 123456],
    ["1 234,5 €", 123450],
    ["1\u202f234,56\u00a0€", 123456],
    ["€1,234.56", 123456],
    ["1.234.567,89", 123456789],
    ["1,234,567.89", 123456789],
    ["1 234 567", 123456700],
    ["0", 0],
    ["0,01", 1],
    [",5", 50],
    ["12.", 1200],
    ["007", 700],
    ["  42  ", 4200],
    ["12 EUR", 1200],
    ["0.29", 29],
    ["1.1", 110],
    ["19.99", 1999],
    ["10000000000", MAX_MONEY_CENTS],
  ])("%j → %i cents", (input, expected) => {
    expect(cents(input)).toBe(expected);
  });

  it("never goes through floats (values that floats get wrong)", () => {
    // 0.29 * 100 = 28.999999999999996 and 1.005 * 100 = 100.49999999999999 in floating point.
    expect(cents("0,29")).toBe(29);
    expect(cents("4.35")).toBe(435);
    expect(cents("99999999,99")).toBe(9999999999);
  });

  it.each([
    ["", "money_required"],
    ["   ", "money_required"],
    ["abc", "money_invalid"],
    ["12a", "money_invalid"],
    ["1,2,3", "money_invalid"],
    ["1.23.4", "money_invalid"],
    ["12,34.56", "money_invalid"],
    ["1,2345.67", "money_invalid"],
    ["€", "money_invalid"],
    ["1e5", "money_invalid"],
    ["0x10", "money_invalid"],
    ["€12€", "money_invalid"],
    ["--5", "money_invalid"],
    ["12,345", "money_decimals"],
    ["1,234", "money_decimals"],
    ["0.001", "money_decimals"],
    ["-12,50", "money_negative"],
    ["\u221212,50", "money_negative"],
    ["10000000000,01", "money_too_large"],
    ["99999999999999999999999", "money_too_large"],
  ])("%j is refused (%s)", (input, code) => {
    expect(cents(input)).toBe(code);
  });

  it("accepts negative amounts only when allowed", () => {
    expect(cents("-12,50", { allowNegative: true })).toBe(-1250);
    expect(cents("\u22121 234,56 €", { allowNegative: true })).toBe(-123456);
    expect(cents("€-3", { allowNegative: true })).toBe(-300);
    expect(cents("-0", { allowNegative: false })).toBe(0);
    expect(cents("-10000000000,01", { allowNegative: true })).toBe("money_too_large");
  });
});
