import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import type { DocumentDetail } from "@/lib/documents/get-document";
import { documentNumberProblem, einvoiceProblems } from "@/lib/facturx/einvoice-problems";
import {
  EU_COMPANY,
  facturxShapes,
  FRANCHISE_SELLER,
  FRENCH_COMPANY,
  INDIVIDUAL,
  issuedDocument,
  SELLER,
  US_COMPANY,
  type ShapeLine,
} from "@/tests/support/facturx-shapes";

// Each check of einvoiceProblems, with the rule that makes it necessary.

const LINE: ShapeLine = { description: "Conseil", unitPriceCents: 10_000, vatRateBps: 2000 };
const invoice = (lines: ShapeLine[] = [LINE], options: Parameters<typeof issuedDocument>[1] = {}) =>
  issuedDocument(lines, options);
const problems = (
  document: DocumentDetail = invoice(),
  seller: SellerSnapshot = SELLER,
  client: ClientSnapshot = FRENCH_COMPANY,
) => einvoiceProblems(document, seller, client);

describe("einvoiceProblems", () => {
  it("finds nothing for every shape the product issues", () => {
    for (const { name, document, seller, client } of facturxShapes()) {
      expect({ name, problems: einvoiceProblems(document, seller, client) }).toEqual({ name, problems: [] });
    }
  });

  it("finds nothing for a quote (not an e-invoice)", () => {
    expect(problems({ ...invoice(), type: "QUOTE" }, { ...SELLER, siren: "" })).toEqual([]);
  });

  it("BR-FR-01 BR-FR-02 number: at most 35 characters, letters, digits and + - _ / only", () => {
    expect(documentNumberProblem("F-2026-00001")).toBeNull();
    expect(documentNumberProblem("FA/2026+1_a")).toBeNull();
    expect(documentNumberProblem("F 2026 001")).toBe("number_invalid_characters");
    expect(documentNumberProblem("F-2026-n°1")).toBe("number_invalid_characters");
    expect(documentNumberProblem("F".repeat(36))).toBe("number_too_long");
    expect(problems(invoice([LINE], { number: "F.2026.1" }))).toEqual([
      { field: "number", code: "number_invalid_characters" },
    ]);
  });

  it("BR-6 BR-FR-10 seller: name and a 9-digit SIREN", () => {
    expect(problems(invoice(), { ...SELLER, legalName: " ", siren: "73282932" })).toEqual([
      { field: "seller.legalName", code: "seller_name_required" },
      { field: "seller.siren", code: "seller_siren_invalid" },
    ]);
  });

  it("BR-FR-09 seller: a SIRET is 14 digits starting with the SIREN", () => {
    expect(problems(invoice(), { ...SELLER, siret: "44306184100047" })).toEqual([
      { field: "seller.siret", code: "seller_siret_invalid" },
    ]);
  });

  it("BR-S-02 a VAT-registered seller states its VAT number", () => {
    expect(problems(invoice(), { ...SELLER, vatNumber: null })).toEqual([
      { field: "seller.vatNumber", code: "seller_vat_number_required" },
    ]);
  });

  it("BR-G-02 BR-IC-02 even under the franchise, an export or intra-community supply needs the seller's VAT number", () => {
    const exportLine: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "G", vatExemptionCode: "VATEX-EU-G" };
    expect(problems(invoice([exportLine]), FRANCHISE_SELLER, US_COMPANY)).toEqual([
      { field: "seller.vatNumber", code: "seller_vat_number_required" },
    ]);
  });

  it("BR-E-02 a franchise seller without VAT number is fine (its SIREN is the tax registration)", () => {
    const franchise = invoice([LINE], { vatExempt: true });
    expect(problems(franchise, FRANCHISE_SELLER, INDIVIDUAL)).toEqual([]);
  });

  it("BR-CO-09 VAT numbers start with a country code", () => {
    expect(
      problems(invoice(), { ...SELLER, vatNumber: "44732829320" }, { ...FRENCH_COMPANY, vatNumber: "12" }),
    ).toEqual([
      { field: "seller.vatNumber", code: "seller_vat_number_invalid" },
      { field: "client.vatNumber", code: "client_vat_number_invalid" },
    ]);
  });

  it("BR-FR-05 an invoice states the early payment (AAB) and late penalty (PMD) texts", () => {
    expect(problems(invoice(), { ...SELLER, earlyPaymentDiscountText: " ", latePenaltyText: "" })).toEqual([
      { field: "seller.earlyPaymentDiscountText", code: "early_payment_text_required" },
      { field: "seller.latePenaltyText", code: "late_penalty_text_required" },
    ]);
    // A credit note states "not applicable" instead.
    const credit = facturxShapes().find((shape) => shape.name === "partial credit note")!.document;
    expect(problems(credit, { ...SELLER, earlyPaymentDiscountText: "", latePenaltyText: "" })).toEqual([]);
  });

  it("BR-FR-11 BR-FR-21 a French business client (B2B) needs its SIREN", () => {
    expect(problems(invoice(), SELLER, { ...FRENCH_COMPANY, siren: null, siret: null })).toEqual([
      { field: "client.siren", code: "client_siren_required" },
    ]);
  });

  it("BR-FR-32 a client SIREN is 9 digits", () => {
    expect(problems(invoice(), SELLER, { ...FRENCH_COMPANY, siren: "4430618", siret: null })).toEqual([
      { field: "client.siren", code: "client_siren_invalid" },
    ]);
  });

  it("BR-FR-09 a client SIRET starts with its SIREN", () => {
    expect(problems(invoice(), SELLER, { ...FRENCH_COMPANY, siret: "73282932000074" })).toEqual([
      { field: "client.siret", code: "client_siret_invalid" },
    ]);
  });

  it("BR-FR-12 a client without SIREN needs an email as electronic address", () => {
    expect(problems(invoice(), SELLER, { ...INDIVIDUAL, emails: [] })).toEqual([
      { field: "client.emails", code: "client_electronic_address_required" },
    ]);
    expect(problems(invoice(), SELLER, { ...INDIVIDUAL, emails: [`${"a".repeat(120)}@example.org`] })).toEqual([
      { field: "client.emails", code: "client_email_too_long" },
    ]);
  });

  it("BR-IC-02 an intra-community supply needs the client's VAT number", () => {
    const goods: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "K", vatExemptionCode: "VATEX-EU-IC" };
    expect(problems(invoice([goods]), SELLER, { ...EU_COMPANY, vatNumber: null })).toEqual([
      { field: "client.vatNumber", code: "client_vat_number_required" },
    ]);
  });

  it("BR-AE-02 reverse charge needs the client's VAT number or SIREN", () => {
    const services: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "AE", vatExemptionCode: "VATEX-EU-AE" };
    expect(problems(invoice([services]), SELLER, { ...EU_COMPANY, vatNumber: null })).toEqual([
      { field: "client.vatNumber", code: "client_vat_number_required" },
    ]);
    const subcontracting = { ...services, vatExemptionCode: "VATEX-FR-AE" };
    expect(problems(invoice([subcontracting]), SELLER, { ...FRENCH_COMPANY, vatNumber: null })).toEqual([]);
  });

  it("BR-16 BR-25 at least one line, each with a description", () => {
    expect(problems(invoice([]))).toContainEqual({ field: "lines", code: "lines_required" });
    expect(problems(invoice([LINE, { ...LINE, description: "  " }]))).toEqual([
      { field: "lines.1.description", code: "line_description_required" },
    ]);
  });

  it("BR-E-10 an exempt line needs its reason (the VAT rule table's checks)", () => {
    const exempt: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "E", vatExemptionCode: null };
    expect(problems(invoice([LINE, exempt]))).toEqual([
      { field: "lines.1.vatExemptionCode", code: "vat_reason_required" },
    ]);
    const wrong: ShapeLine = { ...exempt, vatExemptionCode: "VATEX-EU-G" };
    expect(problems(invoice([wrong]))).toEqual([
      { field: "lines.0.vatExemptionCode", code: "vat_reason_wrong_category" },
    ]);
  });

  it("BR-FR-16 a VAT rate the French platforms do not know", () => {
    expect(problems(invoice([{ ...LINE, vatRateBps: 1900 }]))).toEqual([
      { field: "lines.0.vatRate", code: "vat_rate_not_french" },
    ]);
  });

  it("BR-O-11 BR-O-12 outside the scope of VAT cannot be mixed with other categories", () => {
    const outside: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "O", vatExemptionCode: "VATEX-EU-O" };
    const goods: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "G", vatExemptionCode: "VATEX-EU-G" };
    expect(problems(invoice([goods, outside]), SELLER, US_COMPANY)).toEqual([
      { field: "lines.1.vatCategory", code: "vat_outside_scope_mixed" },
    ]);
  });

  it("BR-O-02 an invoice outside the scope of VAT needs no VAT number", () => {
    const outside: ShapeLine = { ...LINE, vatRateBps: 0, vatCategory: "O", vatExemptionCode: "VATEX-EU-O" };
    expect(problems(invoice([outside]), { ...SELLER, vatNumber: null }, US_COMPANY)).toEqual([]);
  });

  it("BR-53 BR-FR-CO-12 another currency needs the exchange rate", () => {
    expect(problems(invoice([LINE], { currency: "USD" }))).toEqual([
      { field: "exchangeRate", code: "exchange_rate_required" },
    ]);
    expect(problems(invoice([LINE], { currency: "USD", exchangeRate: "0.9234" }))).toEqual([]);
    expect(problems(invoice([LINE], { currency: "usd", exchangeRate: "1" }))).toContainEqual({
      field: "currency",
      code: "currency_invalid",
    });
  });

  it("BR-FR-CO-07 due on or after the issue date, except a deposit invoice", () => {
    expect(problems(invoice([LINE], { dueDate: "2026-12-01" }))).toEqual([
      { field: "dueDate", code: "due_date_before_issue_date" },
    ]);
    expect(problems(invoice([LINE], { type: "DEPOSIT_INVOICE", dueDate: "2026-12-01" }))).toEqual([]);
  });

  it("BR-FR-CO-05 a credit note names its invoice with number and date", () => {
    expect(problems(invoice([LINE], { type: "CREDIT_NOTE" }))).toEqual([
      { field: "related.creditedInvoice", code: "credited_invoice_required" },
    ]);
  });

  it("BR-FR-01 BR-FR-02 the credited invoice's number (BT-25) follows the same rules", () => {
    const credit = facturxShapes().find((shape) => shape.name === "partial credit note")!.document;
    const invoice = { ...credit.related.creditedInvoice!, number: "F 2026 42" };
    expect(problems({ ...credit, related: { ...credit.related, creditedInvoice: invoice } })).toEqual([
      { field: "related.creditedInvoice", code: "credited_invoice_number_invalid" },
    ]);
  });

  it("BR-CL-14 countries are ISO 3166-1 alpha-2 codes", () => {
    expect(
      problems(
        invoice(),
        { ...SELLER, address: { ...SELLER.address, country: "France" } },
        {
          ...INDIVIDUAL,
          billingAddress: { ...INDIVIDUAL.billingAddress, country: "FRA" },
        },
      ),
    ).toEqual([
      { field: "seller.address.country", code: "country_invalid" },
      { field: "client.billingAddress.country", code: "country_invalid" },
    ]);
  });
});
