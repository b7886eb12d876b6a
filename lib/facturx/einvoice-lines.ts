import type { DocumentDetail, DocumentLineView } from "@/lib/documents/get-document";
import { FRANCHISE_EXEMPTION_CODE, type RateTotals } from "@/lib/documents/totals/compute-totals";
import { allocate, roundDiv, toSafeNumber } from "@/lib/documents/totals/rounding";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";
import type { VatCategory } from "@/lib/vat/vat-categories";
import type { EInvoiceDocumentAllowance, EInvoiceLine, EInvoiceVat } from "./einvoice";
import { unitCode } from "./unit-codes";

// The lines (BG-25) and document level allowances (BG-20) of the e-invoice, with exactly the
// amounts computeTotals stored on the document (lib/documents/totals/compute-totals.ts):
//
// - EN 16931 amounts are excluding VAT. With prices excluding VAT (the default) each line's net
//   (BT-131) is the stored one, its discount a line allowance (BG-27: gross − net, so
//   BT-131 = quantity × price − allowance holds to the cent), and each VAT group's share of the
//   document discount one document allowance. BR-S-08 (and BR-E-08, BR-AE-08…) then hold:
//   group base = Σ its line nets − its allowance.
// - With prices including VAT, computeTotals works on amounts including VAT and derives each
//   group's base once: base = round(total / (1 + rate)). The lines' own amounts excluding VAT are
//   therefore derived from the group, never per line (that would drift from the base by cents
//   and fail BR-S-08): the group's lines excluding VAT, round(lines / (1 + rate)), are split over
//   its lines in proportion to their amounts including VAT (largest remainder: they sum exactly),
//   and the group's allowance is what remains down to the base. A line's discount is then part
//   of its net price (BT-146 = net / quantity, up to 6 decimals as BR-FR-DEC-03 allows).
// - A final invoice's deduction of a deposit (negative unit price, deductedDocumentId set) is a
//   line with a NEGATIVE QUANTITY and a positive price (BT-146 may not be negative: BR-27,
//   BR-FR-DEC-03), so its net is negative and reduces the group's base and VAT exactly as on the
//   PDF. (BT-113 "paid amount" would not: the VAT of the deposits is deducted from the groups.)

const THOUSAND = 1000n;
const TEN_THOUSAND = 10_000n;

type LineVat = { category: VatCategory; rateBps: number };

/** The category and rate a line is counted under (the franchise makes every line E at 0 %, like computeTotals). */
export function lineVat(document: Pick<DocumentDetail, "vatExempt">, line: DocumentLineView): LineVat {
  if (document.vatExempt) return { category: "E", rateBps: 0 };
  return { category: line.vatCategory, rateBps: line.vatRateBps };
}

/** The exemption code of a group (the franchise's when the document is under it). */
export function groupExemptionCode(document: Pick<DocumentDetail, "vatExempt">, group: RateTotals): string | null {
  return group.vatExemptionCode ?? (document.vatExempt ? FRANCHISE_EXEMPTION_CODE : null);
}

const groupKey = (vat: LineVat) => `${vat.category}:${vat.rateBps}`;

/** No rate is written for a line outside the scope of VAT (BR-O-05, BR-O-06, BR-O-09). */
export function einvoiceVat(category: VatCategory, rateBps: number): EInvoiceVat {
  return { category, rateBps: category === "O" ? null : rateBps };
}

/** 1250 bps → "12,5 %" (fr) / "12.5%" (en). */
function percentText(bps: number, language: DocumentLanguage): string {
  const value = String(bps / 100);
  return language === "fr" ? `${value.replace(".", ",")}\u00a0%` : `${value}%`;
}

/** BT-97 / BT-139: "Remise 10 %" for a percent discount, "Remise" for an amount. */
export function discountReason(discount: DocumentDetail["discount"], language: DocumentLanguage): string {
  const word = language === "fr" ? "Remise" : "Discount";
  return discount?.kind === "PERCENT" ? `${word} ${percentText(discount.value, language)}` : word;
}

/** BT-104 of the charge a negative share of a document discount becomes. */
const DISCOUNT_ADJUSTMENT: Record<DocumentLanguage, string> = {
  fr: "Ajustement de la remise",
  en: "Discount adjustment",
};

/** Thousandths × cents → cents, rounded like computeTotals' gross. */
function grossCents(quantityMilli: number, unitPriceCents: number): number {
  return toSafeNumber(roundDiv(BigInt(quantityMilli) * BigInt(unitPriceCents), THOUSAND));
}

/** Net price in millionths of a unit so that quantity × price = net (to a millionth per unit). */
function priceFromNet(netCents: number, quantityMilli: number): number {
  // cents / (thousandths / 1000) = cents × 1000 / q; × 10 000 for millionths of a unit.
  return toSafeNumber(roundDiv(BigInt(Math.abs(netCents)) * 10_000_000n, BigInt(Math.abs(quantityMilli))));
}

type GroupPlan = {
  /** Each line's net excluding VAT, by line id. */
  nets: Map<string, number>;
  /** The group's document allowance excluding VAT (negative: a charge). */
  allowanceCents: number;
};

function planGroup(document: DocumentDetail, group: RateTotals, lines: DocumentLineView[]): GroupPlan {
  const stored = lines.map((line) => BigInt(line.netCents));
  if (!document.pricesIncludeVat) {
    return { nets: new Map(lines.map((line) => [line.id, line.netCents])), allowanceCents: group.discountCents };
  }
  const inclVat = stored.reduce((sum, net) => sum + net, 0n);
  const exclVat = roundDiv(inclVat * TEN_THOUSAND, TEN_THOUSAND + BigInt(group.vatRateBps));
  const nets = allocate(exclVat, stored);
  return {
    nets: new Map(lines.map((line, index) => [line.id, toSafeNumber(nets[index]!)])),
    allowanceCents: toSafeNumber(exclVat) - group.baseCents,
  };
}

function einvoiceLine(
  document: DocumentDetail,
  line: DocumentLineView,
  netCents: number,
  language: DocumentLanguage,
): EInvoiceLine {
  const { category, rateBps } = lineVat(document, line);
  const description = line.description.trim();
  const name = description.split(/\r?\n/)[0]!.trim();
  // A deduction (negative price) is written as a negative quantity at a positive price.
  const negative = line.unitPriceCents < 0 || (line.unitPriceCents === 0 && netCents < 0);
  const quantityMilli = negative ? -line.quantityMilli : line.quantityMilli;
  let netPriceMicros: number;
  const allowances: EInvoiceLine["allowances"] = [];
  if (!document.pricesIncludeVat) {
    netPriceMicros = Math.abs(line.unitPriceCents) * 10_000;
    const discountCents = grossCents(line.quantityMilli, line.unitPriceCents) - netCents;
    if (discountCents !== 0)
      allowances.push({ amountCents: discountCents, reason: discountReason(line.discount, language) });
  } else if (line.quantityMilli !== 0) {
    netPriceMicros = priceFromNet(netCents, line.quantityMilli);
  } else {
    // No quantity, no amount: the unit price excluding VAT, for the reader.
    netPriceMicros = toSafeNumber(
      roundDiv(BigInt(Math.abs(line.unitPriceCents)) * 10_000n * TEN_THOUSAND, TEN_THOUSAND + BigInt(rateBps)),
    );
  }
  return {
    id: String(line.position),
    name,
    description: description.includes("\n") ? description : null,
    quantityMilli,
    unitCode: unitCode(line.unit),
    netPriceMicros,
    allowances,
    netCents,
    vat: einvoiceVat(category, rateBps),
  };
}

/** The lines in position order and one document allowance (or charge) per VAT group with a discount. */
export function einvoiceLines(
  document: DocumentDetail,
  language: DocumentLanguage,
): { lines: EInvoiceLine[]; documentAllowances: EInvoiceDocumentAllowance[] } {
  const lines = [...document.lines].sort((a, b) => a.position - b.position);
  const nets = new Map<string, number>();
  const documentAllowances: EInvoiceDocumentAllowance[] = [];
  for (const group of document.vatBreakdown) {
    const key = groupKey({ category: group.vatCategory, rateBps: group.vatRateBps });
    const groupLines = lines.filter((line) => groupKey(lineVat(document, line)) === key);
    const plan = planGroup(document, group, groupLines);
    plan.nets.forEach((net, id) => nets.set(id, net));
    if (plan.allowanceCents !== 0) {
      const charge = plan.allowanceCents < 0;
      documentAllowances.push({
        charge,
        amountCents: Math.abs(plan.allowanceCents),
        // A negative share of the discount (possible when a deduction makes a group negative)
        // is a charge; UNTDID 5189 "95" (discount) names the allowances.
        reasonCode: charge ? null : "95",
        reason: charge ? DISCOUNT_ADJUSTMENT[language] : discountReason(document.discount, language),
        vat: einvoiceVat(group.vatCategory, group.vatRateBps),
      });
    }
  }
  const missing = lines.find((line) => !nets.has(line.id));
  if (missing) throw new Error(`e-invoice: line ${missing.position} belongs to no VAT group of the breakdown`);
  return {
    lines: lines.map((line) => einvoiceLine(document, line, nets.get(line.id)!, language)),
    documentAllowances,
  };
}
