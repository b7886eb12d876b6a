import type { OrganizationSettings } from "@/lib/generated/prisma/client";
import { defaultPaymentTexts, isDefaultPaymentText } from "./document-mentions";
import type { OrganizationSettingsInput } from "./organization-settings-schema";
import {
  documentLanguages,
  legalForms,
  type DocumentLanguage,
  type LegalForm,
  type VatRegimeCode,
} from "./settings-options";

/** The current logo, enough to show it (`version` changes whenever the image does). */
export type LogoView = { version: string; width: number | null; height: number | null; byteSize: number };

/** The settings as pages and forms see them: plain data, defaults filled in, no BigInt. */
export type OrganizationSettingsView = {
  /** False until the first save: everything below is then a default. */
  saved: boolean;
  legalName: string;
  tradeName: string | null;
  legalForm: LegalForm | null;
  legalFormOther: string | null;
  shareCapitalCents: number | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  siren: string | null;
  siret: string | null;
  rcsCity: string | null;
  rmNumber: string | null;
  vatNumber: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  iban: string | null;
  bic: string | null;
  vatRegime: VatRegimeCode;
  vatOnDebits: boolean;
  defaultVatRateBps: number;
  paymentTermsDays: number;
  paymentTermsEndOfMonth: boolean;
  latePenaltyText: string;
  earlyPaymentDiscountText: string;
  b2bRecoveryIndemnity: boolean;
  quoteValidityDays: number;
  footerText: string | null;
  insurerName: string | null;
  insurancePolicyNumber: string | null;
  insuranceCoverage: string | null;
  defaultLanguage: DocumentLanguage;
  currency: string;
  logo: LogoView | null;
  updatedAt: Date | null;
};

type SettingsRow = OrganizationSettings & {
  logo: { sha256: string; width: number | null; height: number | null; byteSize: number } | null;
};

// Known forms are stored as their code, any other form as the text typed for it.
const codedLegalForms = legalForms.filter((form) => form !== "OTHER") as string[];

export function settingsView(row: SettingsRow | null, organizationName: string): OrganizationSettingsView {
  const language: DocumentLanguage = documentLanguages.find((code) => code === row?.defaultLanguage) ?? "fr";
  const storedForm = row?.legalForm ?? null;
  const legalForm =
    storedForm === null ? null : codedLegalForms.includes(storedForm) ? (storedForm as LegalForm) : "OTHER";
  return {
    saved: row !== null,
    // Until the legal name is set, the organization's name is the best guess.
    legalName: row?.legalName ?? organizationName,
    tradeName: row?.tradeName ?? null,
    legalForm,
    legalFormOther: legalForm === "OTHER" ? storedForm : null,
    shareCapitalCents: row?.shareCapitalCents == null ? null : Number(row.shareCapitalCents),
    addressLine1: row?.addressLine1 ?? null,
    addressLine2: row?.addressLine2 ?? null,
    postalCode: row?.postalCode ?? null,
    city: row?.city ?? null,
    country: row?.country ?? "FR",
    siren: row?.siren ?? null,
    siret: row?.siret ?? null,
    rcsCity: row?.rcsCity ?? null,
    rmNumber: row?.rmNumber ?? null,
    vatNumber: row?.vatNumber ?? null,
    email: row?.email ?? null,
    phone: row?.phone ?? null,
    website: row?.website ?? null,
    iban: row?.iban ?? null,
    bic: row?.bic ?? null,
    vatRegime: row?.vatRegime ?? "NORMAL",
    vatOnDebits: row?.vatOnDebits ?? false,
    defaultVatRateBps: row?.defaultVatRateBps ?? 2000,
    paymentTermsDays: row?.paymentTermsDays ?? 30,
    paymentTermsEndOfMonth: row?.paymentTermsEndOfMonth ?? false,
    latePenaltyText: row?.latePenaltyText ?? defaultPaymentTexts[language].latePenalty,
    earlyPaymentDiscountText: row?.earlyPaymentDiscountText ?? defaultPaymentTexts[language].earlyPaymentDiscount,
    b2bRecoveryIndemnity: row?.b2bRecoveryIndemnity ?? true,
    quoteValidityDays: row?.quoteValidityDays ?? 30,
    footerText: row?.footerText ?? null,
    insurerName: row?.insurerName ?? null,
    insurancePolicyNumber: row?.insurancePolicyNumber ?? null,
    insuranceCoverage: row?.insuranceCoverage ?? null,
    defaultLanguage: language,
    currency: row?.currency ?? "EUR",
    logo: row?.logo
      ? {
          version: row.logo.sha256.slice(0, 16),
          width: row.logo.width,
          height: row.logo.height,
          byteSize: row.logo.byteSize,
        }
      : null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** Validated input → the row's columns. Default payment texts are stored as null, so they follow the language. */
export function settingsRowData(input: OrganizationSettingsInput) {
  const { legalForm, legalFormOther, ...rest } = input;
  return {
    ...rest,
    legalForm: legalForm === "OTHER" ? legalFormOther : legalForm,
    latePenaltyText:
      input.latePenaltyText && !isDefaultPaymentText("latePenalty", input.latePenaltyText)
        ? input.latePenaltyText
        : null,
    earlyPaymentDiscountText:
      input.earlyPaymentDiscountText && !isDefaultPaymentText("earlyPaymentDiscount", input.earlyPaymentDiscountText)
        ? input.earlyPaymentDiscountText
        : null,
  };
}
