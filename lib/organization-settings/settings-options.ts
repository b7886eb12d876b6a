// Choices offered by the organization settings form and accepted by its schema. Pure: the
// form (browser) and the server share these lists.

/** Legal forms offered in the select; anything else is typed as free text ("OTHER"). */
export const legalForms = ["EI", "EURL", "SARL", "SAS", "SASU", "SA", "SCI", "ASSOCIATION", "OTHER"] as const;
export type LegalForm = (typeof legalForms)[number];

/** Forms whose documents must show the share capital (sole traders and associations have none). */
export const legalFormsWithCapital: readonly LegalForm[] = ["EURL", "SARL", "SAS", "SASU", "SA", "SCI"];

export const vatRegimes = ["NORMAL", "FRANCHISE"] as const;
export type VatRegimeCode = (typeof vatRegimes)[number];

export const documentLanguages = ["fr", "en"] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

/** ISO 4217 codes offered, EUR first (the other ones are for businesses invoicing abroad). */
export const currencies = ["EUR", "CHF", "GBP", "USD", "CAD", "XOF", "XPF", "MAD"] as const;

/** ISO 3166-1 alpha-2 countries offered for the address, France first. */
// prettier-ignore
export const countries = [
  "FR", "BE", "LU", "CH", "MC", "DE", "AT", "ES", "IT", "PT", "NL", "IE", "GB", "DK", "SE", "FI", "NO",
  "IS", "LI", "AD", "SM", "VA", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "EE",
  "LV", "LT", "US", "CA", "MA", "TN", "DZ", "SN", "CI",
] as const;
