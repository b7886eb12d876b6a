import { z } from "zod";
import { emailSchema } from "@/lib/auth/auth-schemas";
import { isFrenchVatRate } from "@/lib/money/vat-rates";
import { parseMoney } from "@/lib/money/parse-money";
import {
  bicSchema,
  compactIdentifier,
  ibanSchema,
  isValidFrenchVatNumber,
  isValidSiren,
  looksLikeVatNumber,
  sirenSchema,
  siretSchema,
  vatNumberFromSiren,
} from "@/lib/validation/french-identifiers";
import { checkbox, integerInRange, oneOf, optional, optionalText, requiredText } from "./schema-helpers";
import {
  countries,
  currencies,
  documentLanguages,
  legalForms,
  legalFormsWithCapital,
  vatRegimes,
} from "./settings-options";

// The one schema of the organization settings: the form runs it in the browser (live field
// errors) and the server action runs it again before anything is written. Field names are
// the form's input names; messages are catalogue keys (validation.* and settings.validation.*).

const shareCapital = optional(
  z
    .string()
    .max(32, "too_long")
    .transform((text, context) => {
      const parsed = parseMoney(text);
      if (!parsed.ok) {
        context.addIssue({ code: "custom", message: parsed.code });
        return 0n;
      }
      return BigInt(parsed.cents);
    }),
);

const website = optional(
  z
    .string()
    .trim()
    .max(200, "too_long")
    .transform((text, context) => {
      // "example.fr" is what people type: https is assumed.
      const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
      try {
        const url = new URL(withScheme);
        if ((url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes("."))
          return url.toString();
      } catch {
        // falls through to the issue below
      }
      context.addIssue({ code: "custom", message: "url_invalid" });
      return text;
    }),
);

const phone = optional(
  z
    .string()
    .trim()
    .max(30, "too_long")
    .refine((text) => /^\+?[0-9 ().\-]+$/.test(text) && text.replace(/\D/g, "").length >= 6, {
      error: "phone_invalid",
    }),
);

const vatRate = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z.number({ error: "vat_rate_invalid" }).refine(isFrenchVatRate, { error: "vat_rate_invalid" }),
);

const fields = z.object({
  legalName: requiredText(200),
  tradeName: optionalText(200),
  legalForm: optional(z.enum(legalForms, { error: "legal_form_invalid" })),
  legalFormOther: optionalText(100),
  shareCapital,
  addressLine1: requiredText(200),
  addressLine2: optionalText(200),
  postalCode: requiredText(16),
  city: requiredText(100),
  country: oneOf(countries, "country_invalid", "FR"),
  siren: optional(sirenSchema),
  siret: optional(siretSchema),
  rcsCity: optionalText(100),
  rmNumber: optionalText(50),
  // Checked against the country and the SIREN below.
  vatNumber: optional(z.string().max(64, "too_long").transform(compactIdentifier)),
  email: optional(emailSchema),
  phone,
  website,
  iban: optional(ibanSchema),
  bic: optional(bicSchema),
  vatRegime: oneOf(vatRegimes, "vat_regime_invalid", "NORMAL"),
  vatOnDebits: checkbox,
  defaultVatRateBps: vatRate.optional(),
  paymentTermsDays: integerInRange(0, 120, "payment_terms_range"),
  paymentTermsEndOfMonth: checkbox,
  latePenaltyText: optionalText(1000),
  earlyPaymentDiscountText: optionalText(1000),
  b2bRecoveryIndemnity: checkbox,
  quoteValidityDays: integerInRange(1, 365, "quote_validity_range"),
  footerText: optionalText(1000),
  // Professional insurance (décennale…): printed on quotes and invoices when the insurer is set.
  insurerName: optionalText(200),
  insurancePolicyNumber: optionalText(100),
  insuranceCoverage: optionalText(200),
  defaultLanguage: oneOf(documentLanguages, "language_invalid", "fr"),
  currency: oneOf(currencies, "currency_invalid", "EUR"),
});

type Fields = z.output<typeof fields>;

// Rules across fields. They also run when a single field is already wrong (zod keeps going
// after non-fatal issues), so each one checks that what it compares is itself valid.
function crossFieldRules(input: Fields, context: z.RefinementCtx) {
  const issue = (path: keyof Fields, message: string) => context.addIssue({ code: "custom", path: [path], message });
  if (input.legalForm === "OTHER" && !input.legalFormOther) issue("legalFormOther", "required");
  if (input.legalForm && legalFormsWithCapital.includes(input.legalForm) && input.shareCapital === null) {
    issue("shareCapital", "share_capital_required");
  }
  if (input.country === "FR" && !/^\d{5}$/.test(input.postalCode)) issue("postalCode", "postal_code_fr");
  if (input.siren && input.siret && isValidSiren(input.siren) && !input.siret.startsWith(input.siren)) {
    issue("siret", "siret_siren_mismatch");
  }
  if (input.vatNumber) {
    if (input.vatNumber.startsWith("FR")) {
      if (!isValidFrenchVatNumber(input.vatNumber)) issue("vatNumber", "vat_number_invalid");
      else if (input.siren && isValidSiren(input.siren) && input.vatNumber !== vatNumberFromSiren(input.siren)) {
        issue("vatNumber", "vat_number_siren_mismatch");
      }
    } else if (input.country === "FR" || !looksLikeVatNumber(input.vatNumber)) {
      issue("vatNumber", "vat_number_invalid");
    }
  }
  if (input.vatRegime === "NORMAL" && input.defaultVatRateBps === undefined)
    issue("defaultVatRateBps", "vat_rate_invalid");
  // A policy or a coverage is printed after the insurer's name: none without it.
  if (!input.insurerName && (input.insurancePolicyNumber || input.insuranceCoverage))
    issue("insurerName", "insurer_required");
}

export const organizationSettingsInput = fields.superRefine(crossFieldRules).transform((input) => {
  const { legalFormOther, shareCapital: shareCapitalCents, ...rest } = input;
  const franchise = input.vatRegime === "FRANCHISE";
  return {
    ...rest,
    legalFormOther: input.legalForm === "OTHER" ? legalFormOther : null,
    shareCapitalCents,
    // Franchise en base: no VAT is charged, so neither a rate nor the debits option applies.
    defaultVatRateBps: franchise ? 0 : (input.defaultVatRateBps ?? 2000),
    vatOnDebits: franchise ? false : input.vatOnDebits,
  };
});

export type OrganizationSettingsInput = z.output<typeof organizationSettingsInput>;
