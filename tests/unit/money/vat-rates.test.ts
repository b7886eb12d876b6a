import {
  bpsToPercentText,
  FRENCH_VAT_RATES_BPS,
  formatVatRate,
  isFrenchVatRate,
  parseVatPercent,
} from "@/lib/money/vat-rates";

describe("French VAT rates", () => {
  it("lists the French rates in basis points", () => {
    expect(FRENCH_VAT_RATES_BPS).toEqual([2000, 1000, 550, 210, 0]);
    expect(isFrenchVatRate(550)).toBe(true);
    expect(isFrenchVatRate(1960)).toBe(false);
  });

  it.each([
    [2000, "20\u202f%", "20%"],
    [1000, "10\u202f%", "10%"],
    [550, "5,5\u202f%", "5.5%"],
    [210, "2,1\u202f%", "2.1%"],
    [0, "0\u202f%", "0%"],
    [1960, "19,6\u202f%", "19.6%"],
    [5, "0,05\u202f%", "0.05%"],
  ])("%i bps → %j (fr) / %j (en)", (bps, fr, en) => {
    expect(formatVatRate(bps, "fr")).toBe(fr);
    expect(formatVatRate(bps, "en")).toBe(en);
  });

  it("writes percent text without trailing zeros", () => {
    expect(bpsToPercentText(2000)).toBe("20");
    expect(bpsToPercentText(550, ",")).toBe("5,5");
    expect(() => bpsToPercentText(-1)).toThrow(RangeError);
  });

  it.each([
    ["20", 2000],
    ["20 %", 2000],
    ["5,5", 550],
    ["5.5%", 550],
    ["2,10\u202f%", 210],
    ["0", 0],
    ["abc", null],
    ["5,555", null],
    ["", null],
    ["-5", null],
  ])("parses %j as %j", (input, expected) => {
    expect(parseVatPercent(input)).toBe(expected);
  });
});
