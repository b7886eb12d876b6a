import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { toEurCents } from "@/lib/documents/exchange-rate";
import { exemptionReason } from "@/lib/vat/vat-categories";
import type {
  EInvoice,
  EInvoiceDocumentAllowance,
  EInvoiceLine,
  EInvoiceTotals,
  EInvoiceTypeCode,
  EInvoiceVatBreakdown,
  PrecedingInvoice,
  ProcessCode,
} from "./einvoice";
import { einvoiceLines, einvoiceVat, groupExemptionCode } from "./einvoice-lines";
import { einvoiceNotes, languageOf, mentionsOf, paymentTermsOf } from "./einvoice-notes";
import { buyerParty, buyerTreatment, compact, sellerParty, shipToOf } from "./einvoice-parties";

// An issued invoice, deposit invoice or credit note as its e-invoice (EN 16931 semantic model):
// a pure mapping of the document frozen at issue and its two snapshots, with the amounts
// computeTotals stored (the PDF's, to the cent). What makes a document unfit for a valid
// e-invoice (a missing SIREN, a 0 % line without a reason…) is einvoiceProblems' to say before
// issue; this function assumes it was asked, and throws only on a document that contradicts
// itself (its lines do not add up to its totals), rather than write an e-invoice that lies.

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const TYPE_CODES: Record<Exclude<DocumentDetail["type"], "QUOTE">, EInvoiceTypeCode> = {
  INVOICE: "380",
  CREDIT_NOTE: "381",
  DEPOSIT_INVOICE: "386",
};

/**
 * BT-23 (BR-FR-08): goods B, services S, both M; "4" for a final invoice that deducts deposits
 * (the French "facture définitive après acompte"), "1" otherwise.
 */
export function processCodeOf(document: Pick<DocumentDetail, "type" | "supplyKind" | "lines">): ProcessCode {
  const letter = ({ GOODS: "B", SERVICES: "S", BOTH: "M" } as const)[document.supplyKind];
  const final = document.type === "INVOICE" && document.lines.some((line) => line.deductedDocumentId !== null);
  return `${letter}${final ? "4" : "1"}`;
}

/**
 * BT-72. The document states a service date only when it differs from the issue date (the
 * editor says so), so an invoice without one was delivered on its issue date. A deposit invoice
 * comes before the delivery and a credit note has its own dates: they state only a date given,
 * except an intra-community supply, which must be dated (BR-IC-11).
 */
function deliveryDateOf(document: DocumentDetail, intraCommunity: boolean): string | null {
  if (document.serviceDate) return document.serviceDate;
  return document.type === "INVOICE" || intraCommunity ? document.issueDate : null;
}

/** BG-3: a credit note's invoice (BR-FR-CO-05); a final invoice's deducted deposit invoices. */
function precedingInvoices(document: DocumentDetail): PrecedingInvoice[] {
  const referenced =
    document.type === "CREDIT_NOTE"
      ? [document.related.creditedInvoice]
      : document.type === "INVOICE"
        ? document.related.deductedDeposits
        : [];
  return referenced.flatMap((related) =>
    related?.number && related.issueDate ? [{ number: related.number, issueDate: related.issueDate }] : [],
  );
}

function vatBreakdownOf(document: DocumentDetail): EInvoiceVatBreakdown[] {
  const language = languageOf(document);
  return document.vatBreakdown.map((group) => {
    const reason = exemptionReason(groupExemptionCode(document, group));
    return {
      ...einvoiceVat(group.vatCategory, group.vatRateBps),
      basisCents: group.baseCents,
      taxCents: group.vatCents,
      exemptionReason: reason ? reason.text[language] : null,
      exemptionCode: reason ? reason.code : null,
    };
  });
}

function totalsOf(
  document: DocumentDetail,
  lines: EInvoiceLine[],
  allowances: EInvoiceDocumentAllowance[],
): EInvoiceTotals {
  const { totals } = document;
  let taxEurCents: number | null = null;
  if (document.currency !== "EUR") {
    // Frozen at issue; derived from the frozen rate the same way for a document that lacks it.
    taxEurCents =
      document.vatTotalEurCents ??
      (document.exchangeRate ? toEurCents(totals.totalVatCents, document.exchangeRate) : null);
  }
  return {
    lineTotalCents: sum(lines.map((line) => line.netCents)),
    allowanceTotalCents: sum(allowances.filter((entry) => !entry.charge).map((entry) => entry.amountCents)),
    chargeTotalCents: sum(allowances.filter((entry) => entry.charge).map((entry) => entry.amountCents)),
    taxBasisCents: totals.totalExclVatCents,
    taxCents: totals.totalVatCents,
    taxEurCents,
    grandTotalCents: totals.totalInclVatCents,
    // The e-invoice is the document as issued: payments recorded later are not part of it, and
    // deposits are deducted by lines (see einvoice-lines.ts), so nothing is prepaid.
    prepaidCents: 0,
    duePayableCents: totals.totalInclVatCents,
  };
}

/** Throws when the document's lines, groups and totals do not add up (BR-CO-10…16, BR-S-08). */
function assertConsistent(einvoice: EInvoice, document: DocumentDetail): void {
  const { totals, lines, documentAllowances, vatBreakdown } = einvoice;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(
    totals.lineTotalCents - totals.allowanceTotalCents + totals.chargeTotalCents === totals.taxBasisCents,
    "lines − allowances + charges ≠ total excl. VAT",
  );
  check(sum(vatBreakdown.map((group) => group.basisCents)) === totals.taxBasisCents, "Σ group bases ≠ total excl. VAT");
  check(sum(vatBreakdown.map((group) => group.taxCents)) === totals.taxCents, "Σ group VAT ≠ total VAT");
  check(totals.taxBasisCents + totals.taxCents === totals.grandTotalCents, "excl. VAT + VAT ≠ total incl. VAT");
  for (const group of vatBreakdown) {
    const same = (vat: { category: string; rateBps: number | null }) =>
      vat.category === group.category && vat.rateBps === group.rateBps;
    const signed = sum(
      documentAllowances.filter((entry) => same(entry.vat)).map((entry) => (entry.charge ? -1 : 1) * entry.amountCents),
    );
    const linesCents = sum(lines.filter((line) => same(line.vat)).map((line) => line.netCents));
    check(linesCents - signed === group.basisCents, `group ${group.category} ${group.rateBps ?? ""}: lines ≠ base`);
  }
  if (problems.length > 0) {
    throw new Error(`e-invoice of ${document.number ?? document.id}: amounts do not add up (${problems.join("; ")})`);
  }
}

export function einvoiceOfDocument(document: DocumentDetail, seller: SellerSnapshot, client: ClientSnapshot): EInvoice {
  if (document.type === "QUOTE") throw new Error("e-invoice: a quote is not an invoice");
  if (!document.number || !document.issueDate) throw new Error("e-invoice: the document is not issued");
  const language = languageOf(document);
  const mentions = mentionsOf(document, seller);
  const invoiceLike = document.type !== "CREDIT_NOTE";
  const categories = new Set(document.vatBreakdown.map((group) => group.vatCategory));
  // BR-O-02: an invoice with a line outside the scope of VAT carries no VAT identifier.
  const vatIdentifiers = !categories.has("O");
  const intraCommunity = categories.has("K");
  const { lines, documentAllowances } = einvoiceLines(document, language);
  const iban = invoiceLike ? compact(seller.iban)?.toUpperCase() : null;

  const einvoice: EInvoice = {
    typeCode: TYPE_CODES[document.type],
    number: document.number,
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    deliveryDate: deliveryDateOf(document, intraCommunity),
    currency: document.currency,
    taxCurrency: document.currency === "EUR" ? null : "EUR",
    processCode: processCodeOf(document),
    notes: einvoiceNotes(document, mentions, client, buyerTreatment(client)),
    seller: sellerParty(seller, vatIdentifiers),
    buyer: buyerParty(client, vatIdentifiers),
    shipTo: shipToOf(client, intraCommunity),
    purchaseOrder: document.purchaseOrderNumber?.trim() || null,
    precedingInvoices: precedingInvoices(document),
    paymentReference: invoiceLike ? document.number : null,
    paymentMeans: iban ? { typeCode: "58", iban, bic: compact(seller.bic)?.toUpperCase() ?? null } : null,
    paymentTerms: invoiceLike ? paymentTermsOf(mentions) : null,
    lines,
    documentAllowances,
    vatBreakdown: vatBreakdownOf(document),
    totals: totalsOf(document, lines, documentAllowances),
  };
  assertConsistent(einvoice, document);
  return einvoice;
}
