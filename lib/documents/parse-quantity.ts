// Quantities are exact: integer thousandths ("1,5" → 1500, "0.125" → 125). A float never
// touches them, so 0.1 × 3 is exactly 300 thousandths.

export type QuantityParseResult = { ok: true; milli: number } | { ok: false; code: QuantityErrorCode };
export type QuantityErrorCode = "quantity_required" | "quantity_invalid" | "quantity_decimals" | "quantity_range";

/** A line's quantity cannot exceed one million units (keeps every product within 64-bit cents). */
export const MAX_QUANTITY_MILLI = 1_000_000_000;

export function parseQuantity(input: string | number): QuantityParseResult {
  const text = String(input).replace(/[\s\u00a0\u202f\u2009]/g, "");
  if (text === "") return { ok: false, code: "quantity_required" };
  const match = text.match(/^(\d+)(?:[.,](\d*))?$/);
  if (!match) return { ok: false, code: "quantity_invalid" };
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > 3) return { ok: false, code: "quantity_decimals" };
  const milli = Number(match[1]) * 1000 + Number(fraction.padEnd(3, "0"));
  if (!Number.isSafeInteger(milli) || milli <= 0 || milli > MAX_QUANTITY_MILLI) {
    return { ok: false, code: "quantity_range" };
  }
  return { ok: true, milli };
}

/** 1500 → "1,5" (fr) / "1.5" (en); no trailing zeros. */
export function formatQuantity(milli: number, decimalSeparator: "," | "." = ","): string {
  const sign = milli < 0 ? "-" : "";
  const digits = String(Math.abs(milli)).padStart(4, "0");
  const whole = digits.slice(0, -3);
  const fraction = digits.slice(-3).replace(/0+$/, "");
  return `${sign}${whole}${fraction ? decimalSeparator + fraction : ""}`;
}
