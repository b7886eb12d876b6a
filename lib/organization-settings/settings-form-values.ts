import { centsToDecimalString } from "@/lib/money/format-money";
import { formatIban } from "@/lib/validation/french-identifiers";
import type { OrganizationSettingsView } from "./organization-settings-view";

/**
 * The view → the form's text values (what FormData would hold: checked boxes "on", unchecked
 * absent). The same shape comes back from the server action, so a refused form shows exactly
 * what was typed and a saved one shows the stored (normalized) values.
 */
export function settingsFormValues(view: OrganizationSettingsView, locale: "fr" | "en"): Record<string, string> {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const cents = view.shareCapitalCents;
  const values: Record<string, string> = {
    legalName: view.legalName,
    tradeName: text(view.tradeName),
    legalForm: text(view.legalForm),
    legalFormOther: text(view.legalFormOther),
    shareCapital:
      cents === null
        ? ""
        : cents % 100 === 0
          ? String(cents / 100)
          : centsToDecimalString(cents, locale === "fr" ? "," : "."),
    addressLine1: text(view.addressLine1),
    addressLine2: text(view.addressLine2),
    postalCode: text(view.postalCode),
    city: text(view.city),
    country: view.country,
    siren: text(view.siren),
    siret: text(view.siret),
    rcsCity: text(view.rcsCity),
    rmNumber: text(view.rmNumber),
    vatNumber: text(view.vatNumber),
    email: text(view.email),
    phone: text(view.phone),
    website: text(view.website),
    iban: view.iban ? formatIban(view.iban) : "",
    bic: text(view.bic),
    vatRegime: view.vatRegime,
    defaultVatRateBps: String(view.defaultVatRateBps),
    paymentTermsDays: String(view.paymentTermsDays),
    latePenaltyText: view.latePenaltyText,
    earlyPaymentDiscountText: view.earlyPaymentDiscountText,
    quoteValidityDays: String(view.quoteValidityDays),
    footerText: text(view.footerText),
    insurerName: text(view.insurerName),
    insurancePolicyNumber: text(view.insurancePolicyNumber),
    insuranceCoverage: text(view.insuranceCoverage),
    defaultLanguage: view.defaultLanguage,
    currency: view.currency,
  };
  const checkboxes = {
    vatOnDebits: view.vatOnDebits,
    paymentTermsEndOfMonth: view.paymentTermsEndOfMonth,
    b2bRecoveryIndemnity: view.b2bRecoveryIndemnity,
  };
  for (const [name, checked] of Object.entries(checkboxes)) if (checked) values[name] = "on";
  return values;
}
