import { z } from "zod";
import {
  compactIdentifier,
  isValidFrenchVatNumber,
  looksLikeVatNumber,
  sirenSchema,
  siretSchema,
} from "@/lib/validation/french-identifiers";

// The client's identifiers are optional: a blank cell or input is null, anything typed must be
// valid (check digits from lib/validation/french-identifiers, normalized without spaces).

const blankToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

export const optionalSirenSchema = z.preprocess(blankToNull, sirenSchema.nullable());

export const optionalSiretSchema = z.preprocess(blankToNull, siretSchema.nullable());

/**
 * A client may be a company of another EU country: a French number ("FR…") must have the right
 * key for its SIREN, another country's only the usual shape (no check digit is known for it).
 */
export const optionalVatNumberSchema = z.preprocess(
  blankToNull,
  z
    .string({ error: "invalid" })
    .max(64, "too_long")
    .transform(compactIdentifier)
    .refine((value) => (value.startsWith("FR") ? isValidFrenchVatNumber(value) : looksLikeVatNumber(value)), {
      error: "vat_number_invalid",
    })
    .nullable(),
);

/** The SIREN inside a French VAT number ("FR" + key + SIREN), or null. */
export function sirenOfVatNumber(vatNumber: string): string | null {
  const match = /^FR\d{2}(\d{9})$/.exec(vatNumber);
  return match?.[1] ?? null;
}
