import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { FRENCH_VAT_RATES_BPS, formatVatRate } from "@/lib/money/vat-rates";
import {
  countries,
  currencies,
  documentLanguages,
  legalForms,
  vatRegimes,
} from "@/lib/organization-settings/settings-options";

export type Option = { value: string; label: string };

export type SettingsSelectOptions = {
  legalForms: Option[];
  countries: Option[];
  currencies: Option[];
  vatRegimes: Option[];
  vatRates: Option[];
  languages: Option[];
};

/** Labels computed once on the server (Intl names), so the browser renders the same text. */
export function settingsSelectOptions(locale: Locale, messages: Messages): SettingsSelectOptions {
  const t = messages.settings.organization;
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency" });
  return {
    legalForms: [
      { value: "", label: t.chooseOption },
      ...legalForms.map((form) => ({ value: form, label: t.legalForms[form] })),
    ],
    countries: countries.map((code) => ({ value: code, label: regionNames.of(code) ?? code })),
    currencies: currencies.map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code) ?? code}` })),
    vatRegimes: vatRegimes.map((regime) => ({ value: regime, label: t.vatRegimes[regime] })),
    vatRates: FRENCH_VAT_RATES_BPS.map((bps) => ({ value: String(bps), label: formatVatRate(bps, locale) })),
    languages: documentLanguages.map((language) => ({ value: language, label: t.languages[language] })),
  };
}
