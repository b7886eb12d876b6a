import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultPaymentTexts } from "@/lib/organization-settings/document-mentions";
import { sellerIdentityIncomplete } from "./document-errors";

// What a document states about the seller and the buyer, frozen when it leaves DRAFT (issue,
// or sending a quote): later changes to the settings or the client never alter a document
// already given to a client. The PDF and the detail page print these, not the live rows.

export type AddressSnapshot = {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
};

export type SellerSnapshot = {
  legalName: string;
  tradeName: string | null;
  /** A code of settings-options' legalForms, or the text typed for another form. */
  legalForm: string | null;
  shareCapitalCents: number | null;
  address: AddressSnapshot;
  siren: string;
  siret: string | null;
  rcsCity: string | null;
  rmNumber: string | null;
  vatNumber: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  iban: string | null;
  bic: string | null;
  vatRegime: "NORMAL" | "FRANCHISE";
  /** "Option pour le paiement de la taxe d'après les débits". */
  vatOnDebits: boolean;
  /** In the document's language: the organization's text, or the default one. */
  latePenaltyText: string;
  earlyPaymentDiscountText: string;
  /** The 40 € recovery indemnity mention (D441-5): the setting, and only for a business client. */
  recoveryIndemnity: boolean;
  footerText: string | null;
  /** Professional insurance (décennale of building trades…), printed when set. Absent on snapshots frozen before it existed. */
  insurance?: { insurer: string; policyNumber: string | null; coverage: string | null } | null;
  /** StoredFile id of the logo at the time, and its content hash (null: no logo). */
  logo: { fileId: string; sha256: string } | null;
};

export type ClientSnapshot = {
  id: string;
  kind: "COMPANY" | "INDIVIDUAL";
  name: string;
  legalName: string | null;
  firstName: string | null;
  lastName: string | null;
  siren: string | null;
  siret: string | null;
  vatNumber: string | null;
  billingAddress: AddressSnapshot;
  /** The document's delivery address when given, else the client's when it has one. */
  deliveryAddress: string | AddressSnapshot | null;
  emails: string[];
};

const settingsSelect = {
  legalName: true,
  tradeName: true,
  legalForm: true,
  shareCapitalCents: true,
  addressLine1: true,
  addressLine2: true,
  postalCode: true,
  city: true,
  country: true,
  siren: true,
  siret: true,
  rcsCity: true,
  rmNumber: true,
  vatNumber: true,
  email: true,
  phone: true,
  website: true,
  iban: true,
  bic: true,
  vatRegime: true,
  vatOnDebits: true,
  latePenaltyText: true,
  earlyPaymentDiscountText: true,
  b2bRecoveryIndemnity: true,
  footerText: true,
  insurerName: true,
  insurancePolicyNumber: true,
  insuranceCoverage: true,
  logo: { select: { id: true, sha256: true } },
} as const satisfies Prisma.OrganizationSettingsSelect;

const clientSelect = {
  id: true,
  kind: true,
  name: true,
  legalName: true,
  firstName: true,
  lastName: true,
  siren: true,
  siret: true,
  vatNumber: true,
  billingAddressLine1: true,
  billingAddressLine2: true,
  billingPostalCode: true,
  billingCity: true,
  billingCountry: true,
  deliveryAddressLine1: true,
  deliveryAddressLine2: true,
  deliveryPostalCode: true,
  deliveryCity: true,
  deliveryCountry: true,
  emails: true,
} as const satisfies Prisma.ClientSelect;

type SettingsRow = Prisma.OrganizationSettingsGetPayload<{ select: typeof settingsSelect }>;

// An organization that never saved its settings, for previews only.
const emptySettings: SettingsRow = {
  legalName: null,
  tradeName: null,
  legalForm: null,
  shareCapitalCents: null,
  addressLine1: null,
  addressLine2: null,
  postalCode: null,
  city: null,
  country: "FR",
  siren: null,
  siret: null,
  rcsCity: null,
  rmNumber: null,
  vatNumber: null,
  email: null,
  phone: null,
  website: null,
  iban: null,
  bic: null,
  vatRegime: "NORMAL",
  vatOnDebits: false,
  latePenaltyText: null,
  earlyPaymentDiscountText: null,
  b2bRecoveryIndemnity: true,
  footerText: null,
  insurerName: null,
  insurancePolicyNumber: null,
  insuranceCoverage: null,
  logo: null,
};

/** Settings fields a French invoice cannot do without (Code de commerce L441-9). */
export const REQUIRED_SELLER_FIELDS = ["legalName", "addressLine1", "postalCode", "city", "siren"] as const;

const blank = (value: string | null | undefined) => value == null || value.trim() === "";

/**
 * Both snapshots of a document about to leave DRAFT, read in the caller's transaction.
 * Refuses VALIDATION "seller_identity_incomplete" (details.missing: the settings fields to
 * fill in) when the organization's legal identity lacks a mandatory mention.
 */
export async function buildSnapshots(
  tx: Prisma.TransactionClient,
  document: SnapshotSource,
): Promise<{ sellerSnapshot: SellerSnapshot; clientSnapshot: ClientSnapshot }> {
  return readSnapshots(tx, document, true);
}

/**
 * What a DRAFT would state if it left DRAFT now, for its preview (the PDF with the
 * "BROUILLON" watermark): the same snapshots, but an incomplete legal identity prints blanks
 * instead of refusing, so a new organization can look at its first quote.
 */
export async function previewSnapshots(
  client: SnapshotReader,
  document: SnapshotSource,
): Promise<{ sellerSnapshot: SellerSnapshot; clientSnapshot: ClientSnapshot }> {
  return readSnapshots(client, document, false);
}

type SnapshotReader = Pick<Prisma.TransactionClient, "organizationSettings" | "client">;
type SnapshotSource = { organizationId: string; clientId: string; language: string; deliveryAddress: string | null };

async function readSnapshots(
  tx: SnapshotReader,
  document: SnapshotSource,
  strict: boolean,
): Promise<{ sellerSnapshot: SellerSnapshot; clientSnapshot: ClientSnapshot }> {
  const [found, client] = await Promise.all([
    tx.organizationSettings.findUnique({ where: { organizationId: document.organizationId }, select: settingsSelect }),
    tx.client.findFirstOrThrow({
      where: { id: document.clientId, organizationId: document.organizationId },
      select: clientSelect,
    }),
  ]);
  const missing = REQUIRED_SELLER_FIELDS.filter((field) => blank(found?.[field]));
  if (strict && (!found || missing.length > 0))
    throw sellerIdentityIncomplete(found ? [...missing] : [...REQUIRED_SELLER_FIELDS]);
  const settings = found ?? emptySettings;

  const texts = defaultPaymentTexts[document.language === "en" ? "en" : "fr"];
  const sellerSnapshot: SellerSnapshot = {
    legalName: settings.legalName ?? "",
    tradeName: settings.tradeName,
    legalForm: settings.legalForm,
    shareCapitalCents: settings.shareCapitalCents === null ? null : Number(settings.shareCapitalCents),
    address: {
      line1: settings.addressLine1,
      line2: settings.addressLine2,
      postalCode: settings.postalCode,
      city: settings.city,
      country: settings.country,
    },
    siren: settings.siren ?? "",
    siret: settings.siret,
    rcsCity: settings.rcsCity,
    rmNumber: settings.rmNumber,
    vatNumber: settings.vatNumber,
    email: settings.email,
    phone: settings.phone,
    website: settings.website,
    iban: settings.iban,
    bic: settings.bic,
    vatRegime: settings.vatRegime,
    vatOnDebits: settings.vatOnDebits,
    latePenaltyText: settings.latePenaltyText ?? texts.latePenalty,
    earlyPaymentDiscountText: settings.earlyPaymentDiscountText ?? texts.earlyPaymentDiscount,
    recoveryIndemnity: settings.b2bRecoveryIndemnity && client.kind === "COMPANY",
    footerText: settings.footerText,
    insurance: blank(settings.insurerName)
      ? null
      : {
          insurer: settings.insurerName!.trim(),
          policyNumber: settings.insurancePolicyNumber?.trim() || null,
          coverage: settings.insuranceCoverage?.trim() || null,
        },
    logo: settings.logo ? { fileId: settings.logo.id, sha256: settings.logo.sha256 } : null,
  };

  const clientDelivery: AddressSnapshot | null =
    blank(client.deliveryAddressLine1) && blank(client.deliveryCity)
      ? null
      : {
          line1: client.deliveryAddressLine1,
          line2: client.deliveryAddressLine2,
          postalCode: client.deliveryPostalCode,
          city: client.deliveryCity,
          country: client.deliveryCountry,
        };
  const clientSnapshot: ClientSnapshot = {
    id: client.id,
    kind: client.kind,
    name: client.name,
    legalName: client.legalName,
    firstName: client.firstName,
    lastName: client.lastName,
    siren: client.siren,
    siret: client.siret,
    vatNumber: client.vatNumber,
    billingAddress: {
      line1: client.billingAddressLine1,
      line2: client.billingAddressLine2,
      postalCode: client.billingPostalCode,
      city: client.billingCity,
      country: client.billingCountry,
    },
    deliveryAddress: document.deliveryAddress ?? clientDelivery,
    emails: client.emails,
  };
  return { sellerSnapshot, clientSnapshot };
}
