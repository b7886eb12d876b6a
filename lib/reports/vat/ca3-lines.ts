import type { VatCategory } from "@/lib/vat/vat-categories";
import { totalOf, type VatRow } from "./vat-rows";

// The report's figures on the lines of the French VAT return n° 3310-CA3-SD (régime réel
// normal), as the form names them. What we map, and why:
//
// Cadre A — amounts of the operations, excl. VAT:
// - A1 "Ventes, prestations de services": every taxable sale (category S, any rate).
// - E1 "Exportations hors UE": exports of goods (G, art. 262 I CGI).
// - F2 "Livraisons intracommunautaires à destination d'une personne assujettie": intra-EU
//   supplies of goods to a business (K, art. 262 ter I CGI).
// - E2 "Autres opérations non imposables": the rest of what carries no French VAT — exempt
//   (E: art. 261…, the 293 B franchise), reverse charge by the client (AE: services to an EU
//   business, art. 283-2 and 259-1; French construction sub-contracting, art. 283-2 nonies),
//   outside the scope (O: art. 259-1 services to a business abroad) and zero-rated (Z: the
//   French VAT has no zero rate of its own, so nothing more specific exists on the form).
// Cadre B — VAT due per rate (base excl. VAT and tax), metropolitan France:
// - 08 "Taux normal 20 %", 09 "Taux réduit 5,5 %", 9B "Taux réduit 10 %";
// - T6 "Taux réduit 2,1 %" (metropolitan France: press, some medicines). Not line 10/11: on
//   the current form those are the overseas departments' 8.5 % and 2.1 %;
// - 10 "Taux normal 8,5 %" for an 8.5 % line (only applies in the overseas departments);
// - any other rate has no line we can name for sure (Corsica's T-lines, old rates — line 13
//   "Anciens taux"): it is shown with its rate and no line number, to be placed by hand.
// - 16 "Total de la TVA brute due": the sum of the VAT of cadre B's lines.
// Deductible VAT (purchases, lines 19–22) is not Facturo's to know: the report is the
// collected side of the return only.

export type Ca3LineCode = "A1" | "E1" | "E2" | "F2" | "08" | "09" | "9B" | "T6" | "10" | "16";

export type Ca3Line = {
  /** The form's line, or null for a rate no line is mapped to (see above). */
  code: Ca3LineCode | null;
  /** For a tax line: its rate (the label of an unmapped one names it). */
  vatRateBps: number | null;
  /** Null on line 16 (a total of tax only). */
  baseCents: number | null;
  /** Null on cadre A's lines (amounts of operations, no tax). */
  vatCents: number | null;
};

const OPERATION_LINES: Record<VatCategory, "A1" | "E1" | "E2" | "F2"> = {
  S: "A1",
  G: "E1",
  K: "F2",
  E: "E2",
  AE: "E2",
  O: "E2",
  Z: "E2",
};

const RATE_LINES: Record<number, Ca3LineCode> = { 2000: "08", 550: "09", 1000: "9B", 210: "T6", 850: "10" };

/** The line of cadre B of a standard-rated (S) rate, or null when none is mapped. */
export function rateLine(vatRateBps: number): Ca3LineCode | null {
  return RATE_LINES[vatRateBps] ?? null;
}

/** The line of cadre A of a category. */
export function operationLine(category: VatCategory): "A1" | "E1" | "E2" | "F2" {
  return OPERATION_LINES[category];
}

/**
 * The CA3 lines of the VAT due for the period (the report's `due` rows): cadre A's lines that
 * have an amount, in the form's order, then cadre B's rates (highest first, as the rows come)
 * and line 16 when there is VAT.
 */
export function ca3Lines(due: VatRow[]): Ca3Line[] {
  const lines: Ca3Line[] = [];
  for (const code of ["A1", "E1", "E2", "F2"] as const) {
    const rows = due.filter((row) => operationLine(row.vatCategory) === code);
    if (rows.length > 0) lines.push({ code, vatRateBps: null, baseCents: totalOf(rows).baseCents, vatCents: null });
  }
  const taxed = due.filter((row) => row.vatCategory === "S");
  const rates = [...new Set(taxed.map((row) => row.vatRateBps))];
  for (const rate of rates) {
    const total = totalOf(taxed.filter((row) => row.vatRateBps === rate));
    lines.push({ code: rateLine(rate), vatRateBps: rate, ...total });
  }
  if (taxed.length > 0)
    lines.push({ code: "16", vatRateBps: null, baseCents: null, vatCents: totalOf(taxed).vatCents });
  return lines;
}
