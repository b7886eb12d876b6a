import { z } from "zod";
import { emailSchema } from "@/lib/auth/auth-schemas";
import { fieldErrorsOf } from "@/lib/errors/validation";
import {
  optionalSirenSchema,
  optionalSiretSchema,
  optionalVatNumberSchema,
  sirenOfVatNumber,
} from "./client-identifiers";

// One schema for the client form (live field errors in the browser), the server actions and
// the CSV import (row by row). Messages are catalogue keys: validation.* (shared) and
// clientValidation.*. Flat field names, matching the form inputs and the import columns.

export const clientKinds = ["COMPANY", "INDIVIDUAL"] as const;
export type ClientKind = (typeof clientKinds)[number];

export const clientLanguages = ["fr", "en"] as const;
export type ClientLanguage = (typeof clientLanguages)[number];

export const CLIENT_LIMITS = {
  legalName: 200,
  personName: 100,
  addressLine: 200,
  postalCode: 20,
  city: 100,
  phone: 40,
  notes: 5000,
  emails: 10,
  paymentTermsDays: 120,
} as const;

/** Trimmed text, or null for "", whitespace, null and undefined (forms and CSV cells send ""). */
export function blankToNull(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  return value;
}

const optionalText = (max: number) =>
  z.preprocess(blankToNull, z.string({ error: "invalid" }).max(max, "too_long").nullable());

const countrySchema = z.preprocess(
  (value) => {
    const text = blankToNull(value);
    return typeof text === "string" ? text.toUpperCase() : text;
  },
  z
    .string({ error: "country_invalid" })
    .regex(/^[A-Z]{2}$/, "country_invalid")
    .nullable(),
);

/**
 * Addresses as typed: one list, or one string separated by commas, semicolons or spaces (a CSV
 * cell). Blank entries are dropped and duplicates removed (any case) before counting, so
 * field errors "emails.N" point at the N-th kept entry (see keptEmailIndexes).
 */
export function emailEntries(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,;\s]+/) : [];
  const seen = new Set<string>();
  const kept: unknown[] = [];
  for (const entry of list) {
    const text = typeof entry === "string" ? entry.trim() : entry;
    if (text === "" || text === null || text === undefined) continue;
    const key = typeof text === "string" ? text.toLowerCase() : text;
    if (typeof key === "string" && seen.has(key)) continue;
    if (typeof key === "string") seen.add(key);
    kept.push(text);
  }
  return kept;
}

/** For the form: the input index of each entry emailEntries keeps, in order. */
export function keptEmailIndexes(inputs: string[]): number[] {
  const seen = new Set<string>();
  const indexes: number[] = [];
  inputs.forEach((input, index) => {
    const key = input.trim().toLowerCase();
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    indexes.push(index);
  });
  return indexes;
}

const emailsSchema = z.preprocess(
  emailEntries,
  z.array(emailSchema).min(1, "emails_required").max(CLIENT_LIMITS.emails, "emails_too_many"),
);

const TRUE_WORDS = new Set(["true", "1", "on", "yes", "oui", "y", "o"]);
const FALSE_WORDS = new Set(["false", "0", "off", "no", "non", "n", ""]);

const flagSchema = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return false;
    if (typeof value === "string") {
      const word = value.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
    }
    return value;
  },
  z.boolean({ error: "invalid" }),
);

const paymentDaysSchema = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: "number_invalid" })
    .int("number_invalid")
    .min(0, "payment_days_range")
    .max(CLIENT_LIMITS.paymentTermsDays, "payment_days_range")
    .nullable(),
);

const FR_POSTAL_CODE = /^\d{5}$/;
/** A FEC auxiliary account (CompAuxNum): capitals and digits, as accounting software imports them. */
const AUXILIARY_ACCOUNT = /^[A-Z0-9]{2,17}$/;
const PHONE = /^\+?[0-9 ().\/-]+$/;

const clientFields = z.object({
  kind: z.enum(clientKinds, { error: "kind_invalid" }),
  legalName: optionalText(CLIENT_LIMITS.legalName),
  firstName: optionalText(CLIENT_LIMITS.personName),
  lastName: optionalText(CLIENT_LIMITS.personName),
  siren: optionalSirenSchema,
  siret: optionalSiretSchema,
  vatNumber: optionalVatNumberSchema,
  billingAddressLine1: optionalText(CLIENT_LIMITS.addressLine),
  billingAddressLine2: optionalText(CLIENT_LIMITS.addressLine),
  billingPostalCode: optionalText(CLIENT_LIMITS.postalCode),
  billingCity: optionalText(CLIENT_LIMITS.city),
  billingCountry: countrySchema,
  deliveryAddressLine1: optionalText(CLIENT_LIMITS.addressLine),
  deliveryAddressLine2: optionalText(CLIENT_LIMITS.addressLine),
  deliveryPostalCode: optionalText(CLIENT_LIMITS.postalCode),
  deliveryCity: optionalText(CLIENT_LIMITS.city),
  deliveryCountry: countrySchema,
  emails: emailsSchema,
  phone: z.preprocess(
    blankToNull,
    z.string({ error: "invalid" }).max(CLIENT_LIMITS.phone, "too_long").regex(PHONE, "phone_invalid").nullable(),
  ),
  paymentTermsDays: paymentDaysSchema,
  paymentTermsEndOfMonth: flagSchema,
  language: z.preprocess(blankToNull, z.enum(clientLanguages, { error: "language_invalid" }).nullable()),
  notes: optionalText(CLIENT_LIMITS.notes),
  // The client's auxiliary account in the FEC (lib/exports/fec); empty: the generated one.
  auxiliaryAccount: z.preprocess(
    (value) =>
      typeof value === "string" ? (value.trim() === "" ? null : value.trim().toUpperCase()) : (value ?? null),
    z.string({ error: "invalid" }).regex(AUXILIARY_ACCOUNT, "auxiliary_account_invalid").nullable(),
  ),
});

type ClientFields = z.output<typeof clientFields>;

/** What the client form and an import row send: every field optional, strings accepted. */
export type ClientRawInput = Partial<Record<keyof ClientFields, unknown>>;

export const clientInput = clientFields
  // Runs even when some fields failed (zod 4 keeps going), so every error shows at once;
  // that is also why it reads the values defensively.
  .superRefine((value, ctx) => {
    const require = (field: keyof ClientFields, message = "required") => {
      if (value[field] === null || value[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message });
    };
    if (value.kind === "COMPANY") require("legalName", "legal_name_required");
    if (value.kind === "INDIVIDUAL") {
      require("firstName");
      require("lastName");
    }
    if (typeof value.siren === "string" && typeof value.siret === "string" && !value.siret.startsWith(value.siren)) {
      ctx.addIssue({ code: "custom", path: ["siret"], message: "siret_siren_mismatch" });
    }
    const vatSiren = typeof value.vatNumber === "string" ? sirenOfVatNumber(value.vatNumber) : null;
    if (typeof value.siren === "string" && vatSiren && vatSiren !== value.siren) {
      ctx.addIssue({ code: "custom", path: ["vatNumber"], message: "vat_siren_mismatch" });
    }
    require("billingAddressLine1");
    require("billingCity");
    const billingCountry = value.billingCountry ?? "FR";
    if (billingCountry === "FR") {
      if (typeof value.billingPostalCode === "string" && !FR_POSTAL_CODE.test(value.billingPostalCode)) {
        ctx.addIssue({ code: "custom", path: ["billingPostalCode"], message: "postal_code_invalid" });
      }
      require("billingPostalCode");
    }
    // Delivery address: all or nothing (the country alone does not count: the form always sends one).
    if (hasDeliveryAddress(value)) {
      require("deliveryAddressLine1");
      require("deliveryCity");
      const code = value.deliveryPostalCode;
      if ((value.deliveryCountry ?? "FR") === "FR" && typeof code === "string" && !FR_POSTAL_CODE.test(code)) {
        ctx.addIssue({ code: "custom", path: ["deliveryPostalCode"], message: "postal_code_invalid" });
      }
    }
  })
  .transform((value) => normalizeClient(value));

export type ClientInput = z.output<typeof clientInput>;

function hasDeliveryAddress(value: Partial<ClientFields>): boolean {
  return [value.deliveryAddressLine1, value.deliveryAddressLine2, value.deliveryPostalCode, value.deliveryCity].some(
    (field) => typeof field === "string" && field !== "",
  );
}

/** Keeps only the fields of the client's kind; payment and delivery fields only when used. */
function normalizeClient(value: ClientFields) {
  const company = value.kind === "COMPANY";
  const delivery = hasDeliveryAddress(value);
  return {
    kind: value.kind,
    legalName: company ? value.legalName : null,
    firstName: company ? null : value.firstName,
    lastName: company ? null : value.lastName,
    siren: company ? value.siren : null,
    siret: company ? value.siret : null,
    vatNumber: company ? value.vatNumber : null,
    billingAddressLine1: value.billingAddressLine1,
    billingAddressLine2: value.billingAddressLine2,
    billingPostalCode: value.billingPostalCode,
    billingCity: value.billingCity,
    billingCountry: value.billingCountry ?? "FR",
    deliveryAddressLine1: delivery ? value.deliveryAddressLine1 : null,
    deliveryAddressLine2: delivery ? value.deliveryAddressLine2 : null,
    deliveryPostalCode: delivery ? value.deliveryPostalCode : null,
    deliveryCity: delivery ? value.deliveryCity : null,
    deliveryCountry: delivery ? (value.deliveryCountry ?? "FR") : null,
    emails: value.emails,
    phone: value.phone,
    paymentTermsDays: value.paymentTermsDays,
    // "End of month" means nothing without a number of days: both fall back to the organization.
    paymentTermsEndOfMonth: value.paymentTermsDays === null ? null : value.paymentTermsEndOfMonth,
    language: value.language,
    notes: value.notes,
    auxiliaryAccount: value.auxiliaryAccount,
  };
}

export type ClientRowResult =
  { ok: true; rows: ClientInput[] } | { ok: false; errors: { row: number; fieldErrors: Record<string, string[]> }[] };

/**
 * Validates many rows (an import) without stopping at the first bad one: either every row is
 * valid, or the errors of every bad row (0-based row index) — nothing is written in that case.
 */
export function validateClientRows(rawRows: readonly unknown[]): ClientRowResult {
  const rows: ClientInput[] = [];
  const errors: { row: number; fieldErrors: Record<string, string[]> }[] = [];
  rawRows.forEach((raw, row) => {
    const result = clientInput.safeParse(raw);
    if (result.success) rows.push(result.data);
    else errors.push({ row, fieldErrors: fieldErrorsOf(result.error) });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
