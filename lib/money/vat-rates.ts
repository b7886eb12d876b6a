import type { Locale } from "@/lib/i18n/locales";

// French VAT rates in basis points (1 % = 100): normal 20 %, intermediate 10 %, reduced
// 5.5 %, special 2.1 %, and 0 % (exempt, or outside the scope of French VAT).
export const FRENCH_VAT_RATES_BPS = [2000, 1000, 550, 210, 0] as const;

export type FrenchVatRateBps = (typeof FRENCH_VAT_RATES_BPS)[number];

export function isFrenchVatRate(value: number): value is FrenchVatRateBps {
  return (FRENCH_VAT_RATES_BPS as readonly number[]).includes(value);
}

/** 550 → "5.5" / "5,5"; 2000 → "20" (no trailing zeros, string arithmetic). */
export function bpsToPercentText(bps: number, decimalSeparator: "." | "," = "."): string {
  if (!Number.isSafeInteger(bps) || bps < 0) throw new RangeError(`not a rate in basis points: ${bps}`);
  const digits = String(bps).padStart(3, "0");
  const whole = digits.slice(0, -2);
  const fraction = digits.slice(-2).replace(/0+$/, "");
  return fraction ? `${whole}${decimalSeparator}${fraction}` : whole;
}

/** 2000 → "20 %" (fr, narrow no-break space as French typography wants) / "20%" (en); 550 → "5,5 %" / "5.5%". */
export function formatVatRate(bps: number, locale: Locale): string {
  return locale === "fr" ? `${bpsToPercentText(bps, ",")}\u202f%` : `${bpsToPercentText(bps, ".")}%`;
}

/**
 * "20", "20 %", "5,5", "5.5%" → basis points; null when it is not a percentage with at most
 * two decimals. Does not check that the rate is a French one (isFrenchVatRate does).
 */
export function parseVatPercent(input: string): number | null {
  const match = input
    .replace(/[\s\u00a0\u202f\u2009]/g, "")
    .replace(/%$/, "")
    .match(/^(\d{1,3})(?:[.,](\d{1,2}))?$/);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
