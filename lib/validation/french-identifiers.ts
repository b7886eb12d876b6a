import { z } from "zod";

// French business identifiers and bank details: normalize what people type (spaces, dots,
// lower case), check the check digits, and turn them into zod schemas whose messages are
// catalogue keys. Pure: the settings form runs the same checks in the browser.

/** "552 100 554", "fr 03-552.100.554" → "552100554", "FR03552100554". */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.\-]/g, "").toUpperCase();
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const char of digits) sum += Number(char);
  return sum;
}

/** Luhn (mod 10) over a string of digits, rightmost digit being the check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function isValidSiren(value: string): boolean {
  const siren = compactIdentifier(value);
  // 000000000 passes Luhn but is no company.
  return /^\d{9}$/.test(siren) && siren !== "000000000" && luhnValid(siren);
}

const LA_POSTE_SIREN = "356000000";
const LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

/**
 * SIRET = SIREN + 5-digit establishment number, Luhn over the 14 digits. La Poste's
 * establishments all share one SIREN, so INSEE numbers them with another rule (sum of the
 * digits divisible by 5) — except the head office, which keeps the Luhn check.
 */
export function isValidSiret(value: string): boolean {
  const siret = compactIdentifier(value);
  if (!/^\d{14}$/.test(siret) || !isValidSiren(siret.slice(0, 9))) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE_SIRET) return digitSum(siret) % 5 === 0;
  return luhnValid(siret);
}

/** The 2-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(compactIdentifier(siren)) % 97)) % 97;
  return String(key).padStart(2, "0");
}

/** The intra-EU VAT number a valid SIREN gets ("FR" + key + SIREN), or null. */
export function vatNumberFromSiren(siren: string): string | null {
  const compact = compactIdentifier(siren);
  return isValidSiren(compact) ? `FR${frenchVatKey(compact)}${compact}` : null;
}

/**
 * French VAT numbers with a numeric key (the ones derived from a SIREN). Numbers with a
 * letter key (foreign companies without a SIREN) are not accepted here.
 */
export function isValidFrenchVatNumber(value: string): boolean {
  const [, key, siren] = /^FR(\d{2})(\d{9})$/.exec(compactIdentifier(value)) ?? [];
  return key !== undefined && siren !== undefined && isValidSiren(siren) && frenchVatKey(siren) === key;
}

/** Any EU-style VAT number: 2-letter country + 2 to 12 letters/digits (no check digit known). */
export function looksLikeVatNumber(value: string): boolean {
  return /^[A-Z]{2}[A-Z0-9]{2,12}$/.test(compactIdentifier(value));
}

// IBAN lengths (ISO 13616 registry) of the SEPA countries and the French territories that
// have their own country code.
// prettier-ignore
export const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, VA: 22,
  // French overseas: same 27-character layout as FR.
  BL: 27, GF: 27, GP: 27, MF: 27, MQ: 27, NC: 27, PF: 27, PM: 27, RE: 27, TF: 27, WF: 27, YT: 27,
};

/** Spaces (and dashes) removed, upper case: how an IBAN is stored. */
export function compactIban(value: string): string {
  return value.replace(/[\s\-]/g, "").toUpperCase();
}

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189" (how it is shown). */
export function formatIban(value: string): string {
  return compactIban(value).replace(/(.{4})(?=.)/g, "$1 ");
}

/** ISO 13616: known country, its length, then (BBAN + country + check digits) mod 97 = 1. */
export function isValidIban(value: string): boolean {
  const iban = compactIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (ibanLengths[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    // Letters count as two digits (A = 10 … Z = 35); fold digit by digit to stay small.
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** BIC (ISO 9362): bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactIdentifier(value));
}

// zod: a bounded string (huge inputs are refused before any work), normalized, then checked.
function identifierSchema(normalize: (value: string) => string, valid: (value: string) => boolean, error: string) {
  return z.string({ error: "required" }).max(64, "too_long").transform(normalize).refine(valid, { error });
}

export const sirenSchema = identifierSchema(compactIdentifier, isValidSiren, "siren_invalid");
export const siretSchema = identifierSchema(compactIdentifier, isValidSiret, "siret_invalid");
export const frenchVatNumberSchema = identifierSchema(compactIdentifier, isValidFrenchVatNumber, "vat_number_invalid");
export const ibanSchema = identifierSchema(compactIban, isValidIban, "iban_invalid");
export const bicSchema = identifierSchema(compactIdentifier, isValidBic, "bic_invalid");
