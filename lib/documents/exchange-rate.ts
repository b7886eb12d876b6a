import { z } from "zod";
import { roundDiv, toSafeNumber } from "./totals/rounding";

// The exchange rate of a document in another currency than EUR: EUR for one unit of the
// document's currency, as typed at issue ("0,9234" or "0.9234"; up to 6 decimals), kept as
// exact decimal text. The VAT total in EUR (BR-FR-CO-12, CGI art. 242 nonies A) is computed
// from it with the one rounding rule: once, half away from zero.

export const MAX_EXCHANGE_RATE_DECIMALS = 6;

/** "0,9234" / " 0.9234 " → "0.9234"; null when it is not a positive decimal with ≤ 6 decimals. */
export function normalizeExchangeRate(input: string): string | null {
  const match = input
    .trim()
    .replace(",", ".")
    .match(/^(\d{1,6})(?:\.(\d{1,6}))?$/);
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (/^0*$/.test(whole + fraction)) return null;
  return fraction ? `${whole}.${fraction}` : whole;
}

export const exchangeRateSchema = z.string({ error: "exchange_rate_invalid" }).transform((value, ctx) => {
  const normalized = normalizeExchangeRate(value);
  if (normalized === null) {
    ctx.addIssue({ code: "custom", message: "exchange_rate_invalid" });
    return z.NEVER;
  }
  return normalized;
});

/** cents of the document's currency × rate → EUR cents (exact product, rounded once). */
export function toEurCents(cents: number, rate: string): number {
  const [whole, fraction = ""] = rate.split(".");
  const denominator = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole! + fraction);
  return toSafeNumber(roundDiv(BigInt(cents) * numerator, denominator));
}
