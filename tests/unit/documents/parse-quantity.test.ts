import { formatQuantity, parseQuantity } from "@/lib/documents/parse-quantity";

describe("parseQuantity", () => {
  it.each([
    ["1", 1000],
    ["1,5", 1500],
    ["0.1", 100],
    ["0,125", 125],
    ["2,500", 2500],
    [" 1 000 ", 1_000_000],
    [3, 3000],
  ])("%p → %p thousandths", (input, milli) => {
    expect(parseQuantity(input)).toEqual({ ok: true, milli });
  });

  it.each([
    ["", "quantity_required"],
    ["abc", "quantity_invalid"],
    ["-1", "quantity_invalid"],
    ["1,2345", "quantity_decimals"],
    ["0", "quantity_range"],
    ["1000001", "quantity_range"],
  ])("%p is refused with %p", (input, code) => {
    expect(parseQuantity(input)).toEqual({ ok: false, code });
  });

  it("keeps 0.1 × 3 exact (no float anywhere)", () => {
    const tenth = parseQuantity("0,1");
    expect(tenth.ok && tenth.milli * 3).toBe(300);
  });

  it("formats thousandths back without trailing zeros", () => {
    expect(formatQuantity(1500)).toBe("1,5");
    expect(formatQuantity(1000, ".")).toBe("1");
    expect(formatQuantity(125, ".")).toBe("0.125");
    expect(formatQuantity(-2500)).toBe("-2,5");
  });
});
