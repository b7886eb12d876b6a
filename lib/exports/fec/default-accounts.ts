import { createHash } from "node:crypto";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";

// The French default chart of accounts (Plan comptable général) the FEC export writes with.
// Constants for now: per-organization settings of these accounts are a later slice.

export type Account = { number: string; label: string };

export const SERVICES_REVENUE: Account = { number: "706000", label: "Prestations de services" };
export const GOODS_REVENUE: Account = { number: "707000", label: "Ventes de marchandises" };
export const CLIENTS: Account = { number: "411000", label: "Clients" };
/**
 * A deposit invoice (facture d'acompte) is not yet a sale: its amount excl. VAT goes to
 * 4191 "Clients - avances et acomptes reçus" (its VAT is due at once, so it goes to 44571 as
 * usual). The final invoice's line deducting that deposit (a negative line) debits 4191 back,
 * so that the full sale lands in 706/707 when it is made.
 */
export const DEPOSITS_RECEIVED: Account = { number: "419100", label: "Clients - avances et acomptes reçus" };
export const BANK: Account = { number: "512000", label: "Banque" };
export const CASH: Account = { number: "530000", label: "Caisse" };
export const CHEQUES: Account = { number: "511200", label: "Chèques à encaisser" };

/** VAT collected (44571x) per rate in basis points; any other rate (0 % included) → 445710. */
const VAT_ACCOUNTS: Record<number, Account> = {
  2000: { number: "445712", label: "TVA collectée 20 %" },
  1000: { number: "445711", label: "TVA collectée 10 %" },
  550: { number: "445713", label: "TVA collectée 5,5 %" },
  210: { number: "445714", label: "TVA collectée 2,1 %" },
};
const OTHER_VAT: Account = { number: "445710", label: "TVA collectée autres taux" };

export function vatAccount(rateBps: number): Account {
  return VAT_ACCOUNTS[rateBps] ?? OTHER_VAT;
}

export type Journal = { code: string; label: string };
export const SALES_JOURNAL: Journal = { code: "VT", label: "Journal des ventes" };
export const BANK_JOURNAL: Journal = { code: "BQ", label: "Journal de banque" };
export const CASH_JOURNAL: Journal = { code: "CA", label: "Journal de caisse" };

/**
 * Where a payment is received: cash in the till (530, journal CA), a cheque waiting to be
 * paid in (5112, journal BQ), anything else (transfer, card, direct debit, other) at the
 * bank (512, journal BQ).
 */
export function treasuryOf(method: PaymentMethod): { journal: Journal; account: Account } {
  if (method === "CASH") return { journal: CASH_JOURNAL, account: CASH };
  if (method === "CHEQUE") return { journal: BANK_JOURNAL, account: CHEQUES };
  return { journal: BANK_JOURNAL, account: BANK };
}

const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A client's auxiliary account: "C" followed by the first 8 characters of the SHA-256 of the
 * client's id in Crockford base 32 (9 characters, digits and capitals). Stable — the same
 * client gets the same code in every export, whatever its name becomes — and 40 bits wide,
 * so two clients of one organization sharing a code is out of practical reach.
 */
export function clientAuxiliaryAccount(clientId: string): string {
  const digest = createHash("sha256").update(clientId).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let index = 0; index < 8; index++) {
    code = BASE32[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `C${code}`;
}
