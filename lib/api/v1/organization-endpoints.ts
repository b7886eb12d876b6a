import { z } from "zod";
import type { OrganizationSettingsView } from "@/lib/organization-settings/organization-settings-view";
import { documentLanguages, legalForms, vatRegimes } from "@/lib/organization-settings/settings-options";
import { defineEndpoint } from "../api-endpoint";

// GET /api/v1/organization: the settings page's values, read-only (changing them stays in the app).

const text = z.string().nullable();

export const organizationResource = z.strictObject({
  id: z.string(),
  name: z.string(),
  saved: z.boolean().describe("False until the settings are first saved: the values below are then defaults."),
  legalName: z.string(),
  tradeName: text,
  legalForm: z.enum(legalForms).nullable(),
  legalFormOther: text,
  shareCapitalCents: z.int().nullable().describe("In cents."),
  addressLine1: text,
  addressLine2: text,
  postalCode: text,
  city: text,
  country: z.string(),
  siren: text,
  siret: text,
  rcsCity: text,
  rmNumber: text,
  vatNumber: text,
  email: text,
  phone: text,
  website: text,
  iban: text,
  bic: text,
  vatRegime: z.enum(vatRegimes),
  vatOnDebits: z.boolean(),
  defaultVatRateBps: z.int().describe("Basis points: 2000 = 20 %."),
  paymentTermsDays: z.int(),
  paymentTermsEndOfMonth: z.boolean(),
  latePenaltyText: z.string(),
  earlyPaymentDiscountText: z.string(),
  b2bRecoveryIndemnity: z.boolean(),
  quoteValidityDays: z.int(),
  footerText: text,
  insurerName: text,
  insurancePolicyNumber: text,
  insuranceCoverage: text,
  defaultLanguage: z.enum(documentLanguages),
  currency: z.string(),
  logo: z
    .strictObject({ version: z.string(), width: z.int().nullable(), height: z.int().nullable(), byteSize: z.int() })
    .nullable(),
  updatedAt: z.iso.datetime().nullable(),
});

export function toOrganizationResource(
  organization: { id: string; name: string },
  settings: OrganizationSettingsView,
): z.input<typeof organizationResource> {
  return { ...organization, ...settings, updatedAt: settings.updatedAt?.toISOString() ?? null };
}

export const getOrganizationEndpoint = defineEndpoint({
  method: "GET",
  path: "/organization",
  operationId: "getOrganization",
  tag: "Organization",
  summary: "Get the organization's settings",
  description: "Legal identity, VAT and document defaults, as on the settings page (read-only).",
  permission: "organization.read",
  response: organizationResource,
});
