import type { Locale } from "@/lib/i18n/locales";

// Countries offered in the client form: France and its neighbours first, then the rest of
// the EU and frequent trading partners. Any ISO 3166 alpha-2 code is valid (an import may
// bring another); the form adds the client's own code if it is not in this list.
// prettier-ignore
export const COMMON_COUNTRIES = [
  "FR", "BE", "CH", "LU", "MC", "DE", "ES", "IT", "GB", "NL", "PT", "IE", "AT", "DK", "SE", "FI",
  "PL", "CZ", "GR", "HU", "RO", "BG", "HR", "SI", "SK", "EE", "LV", "LT", "CY", "MT", "NO", "IS",
  "US", "CA", "MA", "TN", "DZ", "SN", "CI", "JP", "CN",
] as const;

/** { value: "DE", label: "Allemagne" } options, France first, the others by name. */
export function countryOptions(locale: Locale, extra: (string | null | undefined)[] = []) {
  const names = new Intl.DisplayNames([locale === "fr" ? "fr-FR" : "en-GB"], { type: "region" });
  const codes = [...new Set([...COMMON_COUNTRIES, ...extra.filter((code): code is string => Boolean(code))])];
  const label = (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const [france, ...others] = codes.map((code) => ({ value: code, label: label(code) }));
  others.sort((a, b) => a.label.localeCompare(b.label, locale));
  return france ? [france, ...others] : others;
}

/** "DE" → "Allemagne" (the code itself if unknown). */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale === "fr" ? "fr-FR" : "en-GB"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
