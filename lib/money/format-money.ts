import type { Locale } from "@/lib/i18n/locales";

// Cents → text. Intl.NumberFormat is given an exact decimal string ("1234.56"), not a
// float, so no amount is ever rounded on its way to the screen.

const numberLocales: Record<Locale, string> = { fr: "fr-FR", en: "en-US" };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, currency: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(numberLocales[locale], { style: "currency", currency });
    formatters.set(key, cached);
  }
  return cached;
}

/** 123456 → "123456" → "1234.56" (any integer, negative included). */
export function centsToDecimalString(cents: number, decimalSeparator: "." | "," = "."): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer amount of cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const digits = String(Math.abs(cents)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}${decimalSeparator}${digits.slice(-2)}`;
}

/**
 * 123456 → "1 234,56 €" (fr: narrow no-break space between thousands, no-break space before
 * the symbol) or "€1,234.56" (en).
 */
export function formatMoney(cents: number, locale: Locale, currency = "EUR"): string {
  // Intl accepts decimal strings exactly (Intl.NumberFormat v3); the cast covers older typings.
  return formatter(locale, currency).format(centsToDecimalString(cents) as unknown as number);
}
