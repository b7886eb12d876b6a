import type { VatCategory } from "@/lib/vat/vat-categories";

// The e-invoice of an issued document, as plain data: what the Factur-X CII XML says, already
// decided (codes, schemes, texts, signs) and in integers (cents, thousandths, basis points,
// millionths), so that the writer (write-cii.ts) only formats and orders. einvoiceOfDocument()
// builds it from the frozen document; nothing here knows XML.
//
// BT-x / BG-x are the EN 16931 business terms, BR-x the rules that constrain them (EN 16931 CII
// schematron, Factur-X 1.09, French BR-FR Flux 2).

/** UNTDID 1001 document type (BT-3): invoice, credit note, prepayment (deposit) invoice. */
export type EInvoiceTypeCode = "380" | "381" | "386";

/**
 * French "cadre de facturation" (BT-23, BR-FR-08): B goods, S services, M both; 1 a plain
 * invoice, 4 a final invoice after deposits.
 */
export type ProcessCode = "B1" | "S1" | "M1" | "B4" | "S4" | "M4";

/** UNTDID 4451 subjects of the notes we write (BT-21). */
export type NoteSubject = "BAR" | "AAB" | "PMD" | "PMT" | "REG" | "AAI";

/** BT-22 with its subject. */
export type EInvoiceNote = { subject: NoteSubject; text: string };

/** How the buyer is treated by the French platforms (BAR note, BR-FR-20). */
export type BuyerTreatment = "B2B" | "B2BINT" | "B2C";

export type EInvoiceAddress = {
  line1: string | null;
  line2: string | null;
  line3: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2, always present (BR-9, BR-11). */
  country: string;
};

/** BT-34 / BT-49 with its EAS scheme: 0225 the French directory (SIREN), EM an email address. */
export type ElectronicAddress = { scheme: "0225" | "EM"; id: string };

export type EInvoiceParty = {
  /** BT-27 / BT-44. */
  name: string;
  /** BT-28 / BT-45. */
  tradeName: string | null;
  /** BT-29 / BT-46 with scheme 0009: the SIRET (14 digits starting with the SIREN, BR-FR-09). */
  siret: string | null;
  /** BT-30 / BT-47 with scheme 0002: the SIREN (9 digits, BR-FR-10, BR-FR-32). */
  siren: string | null;
  /** BT-31 / BT-48 (scheme VA). */
  vatNumber: string | null;
  /** BT-32 (scheme FC), seller only: its tax registration when it has no VAT number. */
  taxRegistrationId: string | null;
  address: EInvoiceAddress;
  /** BT-34 / BT-49 (mandatory in France: BR-FR-12, BR-FR-13). */
  electronicAddress: ElectronicAddress | null;
  /** BG-6 / BG-9. */
  contact: { phone: string | null; email: string | null } | null;
};

/** A VAT category and rate (BT-151/152, BT-95/96, BT-118/119); no rate for O (BR-O-05). */
export type EInvoiceVat = { category: VatCategory; rateBps: number | null };

/** A line allowance (BG-27). */
export type EInvoiceLineAllowance = { amountCents: number; reason: string };

export type EInvoiceLine = {
  /** BT-126: the line's position. */
  id: string;
  /** BT-153: the description's first line. */
  name: string;
  /** BT-154: the whole description when it has more than one line. */
  description: string | null;
  /** BT-129 in thousandths (negative for a deposit deduction: the price stays positive). */
  quantityMilli: number;
  /** BT-130: UN/ECE Recommendation 20 code. */
  unitCode: string;
  /** BT-146 in millionths of the currency unit, never negative (BR-27, BR-FR-DEC-03). */
  netPriceMicros: number;
  allowances: EInvoiceLineAllowance[];
  /** BT-131. */
  netCents: number;
  vat: EInvoiceVat;
};

/** A document level allowance (BG-20) or charge (BG-21), one per VAT group. */
export type EInvoiceDocumentAllowance = {
  charge: boolean;
  amountCents: number;
  /** BT-98: UNTDID 5189 "95" (discount); none for a charge, whose reason is its text. */
  reasonCode: string | null;
  reason: string;
  vat: EInvoiceVat;
};

/** One VAT breakdown group (BG-23). */
export type EInvoiceVatBreakdown = EInvoiceVat & {
  basisCents: number;
  taxCents: number;
  /** BT-120 and BT-121 (VATEX): every category but S and Z (BR-E-10, BR-AE-10, BR-IC-10…). */
  exemptionReason: string | null;
  exemptionCode: string | null;
};

export type EInvoiceTotals = {
  /** BT-106 = Σ BT-131 (BR-CO-10). */
  lineTotalCents: number;
  /** BT-107 = Σ BT-92 (BR-CO-11). */
  allowanceTotalCents: number;
  /** BT-108 = Σ BT-99 (BR-CO-12). */
  chargeTotalCents: number;
  /** BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13). */
  taxBasisCents: number;
  /** BT-110 = Σ BT-117 (BR-CO-14). */
  taxCents: number;
  /** BT-111, in EUR, when the invoice currency is not EUR (BR-53, BR-FR-CO-12). */
  taxEurCents: number | null;
  /** BT-112 = BT-109 + BT-110 (BR-CO-15). */
  grandTotalCents: number;
  /** BT-113. */
  prepaidCents: number;
  /** BT-115 = BT-112 − BT-113 (BR-CO-16). */
  duePayableCents: number;
};

/** BG-3. */
export type PrecedingInvoice = { number: string; issueDate: string };

/** BG-16 with a SEPA credit transfer (58): BT-84 IBAN, BT-86 BIC. */
export type EInvoicePaymentMeans = { typeCode: "58"; iban: string; bic: string | null };

export type EInvoice = {
  typeCode: EInvoiceTypeCode;
  /** BT-1. */
  number: string;
  /** BT-2, BT-9, BT-72 as "YYYY-MM-DD". */
  issueDate: string;
  dueDate: string | null;
  deliveryDate: string | null;
  /** BT-5 (ISO 4217). */
  currency: string;
  /** BT-6: EUR when the invoice currency is another one (BR-FR-CO-12), else null. */
  taxCurrency: "EUR" | null;
  processCode: ProcessCode;
  notes: EInvoiceNote[];
  seller: EInvoiceParty;
  buyer: EInvoiceParty;
  /** BG-13: the deliver-to name and address (BT-70, BG-15). */
  shipTo: { name: string; address: EInvoiceAddress } | null;
  /** BT-13. */
  purchaseOrder: string | null;
  precedingInvoices: PrecedingInvoice[];
  /** BT-83. */
  paymentReference: string | null;
  paymentMeans: EInvoicePaymentMeans | null;
  /** BT-20. */
  paymentTerms: string | null;
  lines: EInvoiceLine[];
  documentAllowances: EInvoiceDocumentAllowance[];
  vatBreakdown: EInvoiceVatBreakdown[];
  totals: EInvoiceTotals;
};
