import { z } from "zod";
import type { ClientDetail } from "@/lib/clients/get-client";
import type { ClientListItem } from "@/lib/clients/find-client-page";
import { CLIENT_LIMITS, clientKinds, clientLanguages, type ClientRawInput } from "@/lib/clients/client-schema";

// The wire shape of clients in /api/v1. The body schemas give JSON types and the limits the
// documentation shows; the rules themselves (required fields per kind, SIREN checks, postal
// codes…) stay in lib/clients/client-schema.ts, which createClient/updateClient apply.

const text = (max: number, description?: string) => {
  const schema = z.string().max(max).nullable();
  return description ? schema.describe(description) : schema;
};

const clientFieldShape = {
  kind: z.enum(clientKinds).describe("COMPANY: legalName required; INDIVIDUAL: firstName and lastName required."),
  legalName: text(CLIENT_LIMITS.legalName),
  firstName: text(CLIENT_LIMITS.personName),
  lastName: text(CLIENT_LIMITS.personName),
  siren: z.string().max(20).nullable().describe("9 digits (companies)."),
  siret: z.string().max(20).nullable().describe("14 digits, starting with the SIREN (companies)."),
  vatNumber: z.string().max(20).nullable().describe("Intra-community VAT number (companies)."),
  billingAddressLine1: text(CLIENT_LIMITS.addressLine),
  billingAddressLine2: text(CLIENT_LIMITS.addressLine),
  billingPostalCode: text(CLIENT_LIMITS.postalCode, "Required in France (5 digits)."),
  billingCity: text(CLIENT_LIMITS.city),
  billingCountry: z.string().length(2).nullable().describe("ISO 3166-1 alpha-2; FR when null."),
  deliveryAddressLine1: text(CLIENT_LIMITS.addressLine),
  deliveryAddressLine2: text(CLIENT_LIMITS.addressLine),
  deliveryPostalCode: text(CLIENT_LIMITS.postalCode),
  deliveryCity: text(CLIENT_LIMITS.city),
  deliveryCountry: z.string().length(2).nullable(),
  emails: z.array(z.string().max(320)).max(CLIENT_LIMITS.emails).describe("At least one address."),
  phone: text(CLIENT_LIMITS.phone),
  paymentTermsDays: z
    .int()
    .min(0)
    .max(CLIENT_LIMITS.paymentTermsDays)
    .nullable()
    .describe("Null: the organization's default terms."),
  paymentTermsEndOfMonth: z.boolean().nullable(),
  language: z.enum(clientLanguages).nullable().describe("Documents' language; null: the organization's."),
  notes: text(CLIENT_LIMITS.notes),
  auxiliaryAccount: z.string().max(17).nullable().describe("FEC auxiliary account; null: generated."),
} satisfies Record<keyof ClientRawInput, z.ZodType>;

const optionalFields = Object.fromEntries(
  Object.entries(clientFieldShape).map(([key, schema]) => [key, schema.optional()]),
) as { [Key in keyof typeof clientFieldShape]: z.ZodOptional<(typeof clientFieldShape)[Key]> };

/** POST /clients: kind is required, every other field optional (the domain says which are needed). */
export const clientCreateBody = z.strictObject({ ...optionalFields, kind: clientFieldShape.kind });

/** PATCH /clients/{id}: the fields to change; the others keep their value. */
export const clientPatchBody = z.strictObject(optionalFields);

const isoDateTime = z.iso.datetime();

export const clientResource = z.strictObject({
  id: z.string(),
  name: z.string().describe("Display name: the legal name, or first and last name."),
  ...clientFieldShape,
  emails: z.array(z.string()),
  groups: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  documentCount: z.int().describe("Documents naming the client: with any, it can be archived but not deleted."),
  archivedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const clientListItemResource = z.strictObject({
  id: z.string(),
  kind: z.enum(clientKinds),
  name: z.string(),
  city: z.string().nullable(),
  emails: z.array(z.string()),
  groups: z.array(z.string()).describe("Group names."),
  createdAt: isoDateTime,
  archivedAt: isoDateTime.nullable(),
});

export function toClientResource(client: ClientDetail): z.input<typeof clientResource> {
  return {
    ...client,
    archivedAt: client.archivedAt?.toISOString() ?? null,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
}

export function toClientListItem(item: ClientListItem): z.input<typeof clientListItemResource> {
  return { ...item, createdAt: item.createdAt.toISOString(), archivedAt: item.archivedAt?.toISOString() ?? null };
}

/** A stored client's fields as input again, for a PATCH that changes only some of them. */
export function clientFieldsOf(client: ClientDetail): ClientRawInput {
  const fields: ClientRawInput = {};
  for (const key of Object.keys(clientFieldShape) as (keyof ClientRawInput)[]) fields[key] = client[key];
  return fields;
}
