import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { FRANCHISE_EXEMPTION_CODE } from "@/lib/documents/totals/compute-totals";
import { vatTreatmentProblem } from "@/lib/vat/vat-categories";
import { lineVat } from "./einvoice-lines";
import { mentionsOf } from "./einvoice-notes";
import { buyerElectronicAddress, buyerTreatment, compact, isSiren, vatNumberOf } from "./einvoice-parties";

// What would make a document's e-invoice invalid, in terms the user can fix: each problem names
// the field to correct (a key the UI can point at: "seller.siren", "client.vatNumber",
// "lines.3.vatExemptionCode" — lines counted from 0 in position order) and a snake_case code.
// Pure; the issue action calls it before numbering and refuses the issue while it finds any.
// Every check is a rule the validators enforce (its id beside it), nothing stricter.

export type EInvoiceProblem = { field: string; code: string };

/** BR-FR-16: the VAT rates the French platforms accept, in basis points. */
export const FRENCH_VAT_RATES_BPS: readonly number[] = [
  0, 90, 105, 175, 210, 550, 700, 850, 920, 960, 1000, 1300, 1960, 2000, 2060,
];

/** The number's problem (BR-FR-01: at most 35 characters; BR-FR-02: letters, digits, + - _ /), or null. */
export function documentNumberProblem(number: string): string | null {
  if (number.length > 35) return "number_too_long";
  if (!/^[A-Za-z0-9+\-_/]+$/.test(number)) return "number_invalid_characters";
  return null;
}

// BR-CO-09: a VAT identifier starts with its country's ISO 3166-1 code (EL for Greece).
const VAT_NUMBER = /^[A-Z]{2}[0-9A-Z+*.]{2,13}$/;
const COUNTRY = /^[A-Z]{2}$/;

const isBlank = (value: string | null | undefined) => !value?.trim();

function sellerProblems(document: DocumentDetail, seller: SellerSnapshot, categories: Set<string>): EInvoiceProblem[] {
  const problems: EInvoiceProblem[] = [];
  const add = (field: string, code: string) => problems.push({ field, code });
  if (isBlank(seller.legalName)) add("seller.legalName", "seller_name_required"); // BR-6
  const siren = compact(seller.siren);
  if (!isSiren(siren)) add("seller.siren", "seller_siren_invalid"); // BR-FR-10
  const siret = compact(seller.siret);
  if (siret && !(/^\d{14}$/.test(siret) && siret.startsWith(siren ?? ""))) add("seller.siret", "seller_siret_invalid"); // BR-FR-09
  if (!COUNTRY.test((seller.address.country ?? "FR").trim().toUpperCase()))
    add("seller.address.country", "country_invalid"); // BR-CL-14

  const vatNumber = vatNumberOf(seller.vatNumber);
  if (vatNumber && !VAT_NUMBER.test(vatNumber)) add("seller.vatNumber", "seller_vat_number_invalid");
  // A VAT-registered seller states its number (BR-S-02); exports and intra-community supplies
  // need it whatever the regime (BR-G-02, BR-IC-02: the SIREN as BT-32 does not count there).
  // The outside-scope (O) invoice carries none (BR-O-02).
  const needed = seller.vatRegime === "NORMAL" || categories.has("K") || categories.has("G");
  if (!vatNumber && needed && !categories.has("O")) add("seller.vatNumber", "seller_vat_number_required");

  // BR-FR-05: AAB and PMD notes. A credit note states "not applicable" (einvoice-notes.ts); an
  // invoice states the seller's texts, which must not be blank.
  if (document.type !== "CREDIT_NOTE") {
    const payment = mentionsOf(document, seller).payment;
    if (!payment.some((mention) => mention.subject === "AAB"))
      add("seller.earlyPaymentDiscountText", "early_payment_text_required");
    if (!payment.some((mention) => mention.subject === "PMD"))
      add("seller.latePenaltyText", "late_penalty_text_required");
  }
  return problems;
}

function clientProblems(client: ClientSnapshot, categories: Set<string>): EInvoiceProblem[] {
  const problems: EInvoiceProblem[] = [];
  const add = (field: string, code: string) => problems.push({ field, code });
  if (isBlank(client.name) && isBlank(client.legalName)) add("client.name", "client_name_required"); // BR-7
  if (!COUNTRY.test((client.billingAddress.country ?? "FR").trim().toUpperCase()))
    add("client.billingAddress.country", "country_invalid"); // BR-CL-14
  const business = client.kind === "COMPANY";
  const siren = business ? compact(client.siren) : null;
  if (siren && !isSiren(siren))
    add("client.siren", "client_siren_invalid"); // BR-FR-32
  // BR-FR-11, BR-FR-21: a business client in France is B2B, which needs its SIREN.
  else if (!siren && buyerTreatment(client) === "B2B") add("client.siren", "client_siren_required");
  const siret = business ? compact(client.siret) : null;
  if (siret && !(/^\d{14}$/.test(siret) && siret.startsWith(siren ?? ""))) add("client.siret", "client_siret_invalid"); // BR-FR-09

  const vatNumber = vatNumberOf(client.vatNumber);
  if (vatNumber && !VAT_NUMBER.test(vatNumber)) add("client.vatNumber", "client_vat_number_invalid"); // BR-CO-09
  const reverseChargeWithoutId = categories.has("AE") && !isSiren(siren); // BR-AE-02: buyer VAT or legal id
  if (!vatNumber && (categories.has("K") || reverseChargeWithoutId))
    add("client.vatNumber", "client_vat_number_required"); // BR-IC-02

  // BR-FR-12: the buyer's electronic address (its SIREN, else an email), BR-FR-25: ≤ 125 characters.
  const address = buyerElectronicAddress(client);
  if (!address && !problems.some((problem) => problem.field === "client.siren"))
    add("client.emails", "client_electronic_address_required");
  else if (address && address.id.length > 125) add("client.emails", "client_email_too_long");
  return problems;
}

function lineProblems(document: DocumentDetail, categories: Set<string>): EInvoiceProblem[] {
  const problems: EInvoiceProblem[] = [];
  if (document.lines.length === 0) problems.push({ field: "lines", code: "lines_required" }); // BR-16
  const lines = [...document.lines].sort((a, b) => a.position - b.position);
  lines.forEach((line, index) => {
    const add = (field: string, code: string) => problems.push({ field: `lines.${index}.${field}`, code });
    if (isBlank(line.description)) add("description", "line_description_required"); // BR-25
    const { category, rateBps } = lineVat(document, line);
    const exemptionCode = document.vatExempt ? FRANCHISE_EXEMPTION_CODE : line.vatExemptionCode;
    // BR-S-05, BR-E-05…, BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10 (and the VATEX code list).
    const treatment = vatTreatmentProblem({ category, rateBps, exemptionCode });
    if (treatment) add(treatment.field, treatment.code);
    else if (!FRENCH_VAT_RATES_BPS.includes(rateBps)) add("vatRate", "vat_rate_not_french"); // BR-FR-16
    // BR-O-11, BR-O-12: outside the scope of VAT, the whole invoice or nothing.
    if (category === "O" && categories.size > 1) add("vatCategory", "vat_outside_scope_mixed");
  });
  return problems;
}

function documentProblems(document: DocumentDetail): EInvoiceProblem[] {
  const problems: EInvoiceProblem[] = [];
  const add = (field: string, code: string) => problems.push({ field, code });
  if (document.number) {
    const numberProblem = documentNumberProblem(document.number);
    if (numberProblem) add("number", numberProblem);
  }
  if (!/^[A-Z]{3}$/.test(document.currency)) add("currency", "currency_invalid"); // BR-CL-04
  // BR-53, BR-FR-CO-12: another currency needs the VAT total in EUR, i.e. the exchange rate.
  const rateValid = document.exchangeRate !== null && /^\d+(\.\d+)?$/.test(document.exchangeRate.trim());
  if (document.currency !== "EUR" && document.vatTotalEurCents === null && !rateValid)
    add("exchangeRate", "exchange_rate_required");
  // BR-FR-CO-07: due on or after the issue date (a deposit invoice may be due before).
  if (
    document.type !== "DEPOSIT_INVOICE" &&
    document.dueDate &&
    document.issueDate &&
    document.dueDate < document.issueDate
  )
    add("dueDate", "due_date_before_issue_date");
  if (document.type === "CREDIT_NOTE") {
    // BR-FR-CO-05: a credit note names its invoice, number and date.
    const invoice = document.related.creditedInvoice;
    if (!invoice?.number || !invoice.issueDate) add("related.creditedInvoice", "credited_invoice_required");
    else if (documentNumberProblem(invoice.number)) add("related.creditedInvoice", "credited_invoice_number_invalid"); // BR-FR-01/02 on BT-25
  }
  return problems;
}

/**
 * Everything that would make the e-invoice of `document` (as issued by `seller` to `client`)
 * fail the XSD, EN 16931, Factur-X or BR-FR rules. Empty: it can be issued. The number is checked
 * when the document has one (documentNumberProblem checks a number about to be given).
 */
export function einvoiceProblems(
  document: DocumentDetail,
  seller: SellerSnapshot,
  client: ClientSnapshot,
): EInvoiceProblem[] {
  if (document.type === "QUOTE") return [];
  const categories = new Set<string>(document.lines.map((line) => lineVat(document, line).category));
  return [
    ...documentProblems(document),
    ...sellerProblems(document, seller, categories),
    ...clientProblems(client, categories),
    ...lineProblems(document, categories),
  ];
}
