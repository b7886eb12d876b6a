import type { EInvoice } from "@/lib/facturx/einvoice";
import { einvoiceOfDocument } from "@/lib/facturx/einvoice-of-document";
import {
  EN16931_GUIDELINE,
  formatAmount,
  formatDate,
  formatPrice,
  formatQuantity,
  formatRate,
  writeCiiXml,
} from "@/lib/facturx/write-cii";
import { escapeXml } from "@/lib/facturx/xml";
import { facturxShapes, type Shape } from "@/tests/support/facturx-shapes";

// The writer's own rules: formats, element order, what is written or left out. Whole files are
// validated against the official rule sets in tests/integration/facturx/facturx-shapes.test.ts.

const shapes = facturxShapes();
const shape = (name: string): Shape => shapes.find((candidate) => candidate.name === name)!;
const einvoiceOf = (name: string): EInvoice => {
  const { document, seller, client } = shape(name);
  return einvoiceOfDocument(document, seller, client);
};
const xmlOf = (name: string) => writeCiiXml(einvoiceOf(name));
/** Every text of the elements called `name`. */
const values = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, "g"))].map((match) => match[1]);
/** Positions of the first opening tags, to check their order. */
const positions = (xml: string, names: string[]) => names.map((name) => xml.indexOf(`<${name}`));
const ascending = (numbers: number[]) => numbers.every((value, index) => index === 0 || value > numbers[index - 1]!);

describe("writeCiiXml: formats", () => {
  it("BR-FR-DEC-04 BR-FR-16 rates with at most 2 decimals and no trailing zeros", () => {
    expect([2000, 1000, 550, 210, 90, 105, 0].map(formatRate)).toEqual(["20", "10", "5.5", "2.1", "0.9", "1.05", "0"]);
    const rates = values(xmlOf("final invoice deducting deposits"), "ram:RateApplicablePercent");
    expect(new Set(rates)).toEqual(new Set(["20", "10", "5.5"]));
  });

  it("BR-DEC-01…23 BR-FR-DEC-01 amounts with exactly 2 decimals, a minus for negatives", () => {
    expect([0, 5, -5, 123_456, -24_375, 100].map(formatAmount)).toEqual([
      "0.00",
      "0.05",
      "-0.05",
      "1234.56",
      "-243.75",
      "1.00",
    ]);
    const xml = xmlOf("final invoice deducting deposits");
    for (const name of ["ram:LineTotalAmount", "ram:BasisAmount", "ram:CalculatedAmount", "ram:ActualAmount"]) {
      for (const value of values(xml, name)) expect(value).toMatch(/^-?\d+\.\d{2}$/);
    }
  });

  it("BR-FR-DEC-02 quantities with as few decimals as needed (thousandths: at most 3)", () => {
    expect([1000, 1500, 333, 1, 0, -1000, 42_350].map(formatQuantity)).toEqual([
      "1",
      "1.5",
      "0.333",
      "0.001",
      "0",
      "-1",
      "42.35",
    ]);
  });

  it("BR-FR-DEC-03 net prices with 2 to 6 decimals, never negative in the XML", () => {
    expect([12_500_000, 833_333, 27_776_667, 0].map(formatPrice)).toEqual(["12.50", "0.833333", "27.776667", "0.00"]);
    const prices = values(xmlOf("invoice in prices incl. VAT"), "ram:ChargeAmount");
    for (const price of prices) expect(price).toMatch(/^\d+\.\d{2,6}$/);
    for (const price of values(xmlOf("final invoice deducting deposits"), "ram:ChargeAmount"))
      expect(price).not.toMatch(/^-/);
  });

  it("BR-FR-03 dates as YYYYMMDD with format 102", () => {
    expect(formatDate("2026-03-12")).toBe("20260312");
    expect(xmlOf("invoice at two rates")).toContain('<udt:DateTimeString format="102">20261207</udt:DateTimeString>');
  });

  it("escapes markup and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml('Forfait <déplacement> & "frais"')).toBe("Forfait &lt;déplacement&gt; &amp; &quot;frais&quot;");
    expect(escapeXml("a\u0000b\u0007c\r\nd\ud800e")).toBe("abc\nde");
    expect(xmlOf("invoice at two rates")).toContain("<ram:Name>Forfait &lt;déplacement&gt; &amp; frais</ram:Name>");
  });

  it("is deterministic: the same e-invoice gives the same bytes", () => {
    expect(xmlOf("invoice of 200 lines")).toBe(xmlOf("invoice of 200 lines"));
  });
});

describe("writeCiiXml: structure (Factur-X 1.09 XSD order)", () => {
  const xml = xmlOf("final invoice deducting deposits");

  it("BR-FR-08 BT-24 the context: process code, then the EN 16931 guideline", () => {
    expect(values(xml, "ram:ID").slice(0, 2)).toEqual(["M4", EN16931_GUIDELINE]);
  });

  it("XSD order of the transaction: lines, agreement, delivery, settlement", () => {
    expect(
      ascending(
        positions(xml, [
          "rsm:ExchangedDocumentContext",
          "rsm:ExchangedDocument>",
          "ram:IncludedSupplyChainTradeLineItem",
          "ram:ApplicableHeaderTradeAgreement",
          "ram:ApplicableHeaderTradeDelivery",
          "ram:ApplicableHeaderTradeSettlement",
        ]),
      ),
    ).toBe(true);
  });

  it("XSD order of the settlement: references, currencies, payment means, VAT, allowances, terms, totals, preceding invoices", () => {
    const usd = xmlOf("export outside the EU in USD");
    expect(ascending(positions(usd, ["ram:PaymentReference", "ram:TaxCurrencyCode", "ram:InvoiceCurrencyCode"]))).toBe(
      true,
    );
    const settlement = xml.slice(xml.indexOf("<ram:ApplicableHeaderTradeSettlement>"));
    expect(
      ascending(
        positions(settlement, [
          "ram:PaymentReference",
          "ram:InvoiceCurrencyCode",
          "ram:SpecifiedTradeSettlementPaymentMeans",
          "ram:ApplicableTradeTax",
          "ram:SpecifiedTradeAllowanceCharge",
          "ram:SpecifiedTradePaymentTerms",
          "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
          "ram:InvoiceReferencedDocument",
        ]),
      ),
    ).toBe(true);
  });

  it("XSD order of a party: SIRET, name, legal organization, contact, address, electronic address, VAT", () => {
    const seller = xml.slice(xml.indexOf("<ram:SellerTradeParty>"), xml.indexOf("</ram:SellerTradeParty>"));
    expect(
      ascending(
        positions(seller, [
          'ram:GlobalID schemeID="0009"',
          "ram:Name",
          "ram:SpecifiedLegalOrganization",
          "ram:DefinedTradeContact",
          "ram:PostalTradeAddress",
          "ram:URIUniversalCommunication",
          "ram:SpecifiedTaxRegistration",
        ]),
      ),
    ).toBe(true);
  });

  it("XSD order of a VAT group (BG-23): tax, type, reason, basis, category, reason code, rate", () => {
    const exempt = xmlOf("zero-rated and exempt lines beside standard ones");
    const group = exempt.match(/<ram:ApplicableTradeTax>\s*<ram:CalculatedAmount>[\s\S]*?<\/ram:ApplicableTradeTax>/g)!;
    const withReason = group.find((entry) => entry.includes("ExemptionReason"))!;
    expect(
      ascending(
        positions(withReason, [
          "ram:CalculatedAmount",
          "ram:TypeCode",
          "ram:ExemptionReason>",
          "ram:BasisAmount",
          "ram:CategoryCode",
          "ram:ExemptionReasonCode",
          "ram:RateApplicablePercent",
        ]),
      ),
    ).toBe(true);
  });

  it("XSD order of the totals: lines, allowances, basis, VAT, grand total, due", () => {
    expect(
      ascending(
        positions(xml, [
          "ram:LineTotalAmount>2617",
          "ram:AllowanceTotalAmount",
          "ram:TaxBasisTotalAmount",
          'ram:TaxTotalAmount currencyID="EUR"',
          "ram:GrandTotalAmount",
          "ram:DuePayableAmount",
        ]),
      ),
    ).toBe(true);
  });
});

describe("writeCiiXml: what is written", () => {
  it("BR-CO-15 BT-110 is written even at 0, in the invoice currency", () => {
    const xml = xmlOf("293 B franchise to an individual");
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">0.00</ram:TaxTotalAmount>');
  });

  it("BR-FR-CO-12 BR-53 BT-6 EUR and BT-111 in EUR beside BT-110 in the invoice currency", () => {
    const xml = xmlOf("export outside the EU in USD");
    expect(xml).toContain("<ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>");
    expect(xml).toContain("<ram:InvoiceCurrencyCode>USD</ram:InvoiceCurrencyCode>");
    expect(xml).toMatch(
      /<ram:TaxTotalAmount currencyID="USD">0\.00<\/ram:TaxTotalAmount>\s*<ram:TaxTotalAmount currencyID="EUR">0\.00<\/ram:TaxTotalAmount>/,
    );
  });

  it("BR-O-05 BR-O-06 no RateApplicablePercent at all outside the scope of VAT", () => {
    expect(xmlOf("services outside the scope of French VAT")).not.toContain("RateApplicablePercent");
  });

  it("BR-CO-11 BR-CO-12 allowance and charge totals only when there are some", () => {
    expect(xmlOf("invoice at two rates")).not.toMatch(/AllowanceTotalAmount|ChargeTotalAmount/);
    expect(xmlOf("invoice with an amount discount")).toContain(
      "<ram:AllowanceTotalAmount>123.45</ram:AllowanceTotalAmount>",
    );
  });

  it("BR-FR-05 BR-FR-20 notes: content then subject code", () => {
    expect(xmlOf("invoice at two rates")).toMatch(
      /<ram:IncludedNote>\s*<ram:Content>B2B<\/ram:Content>\s*<ram:SubjectCode>BAR<\/ram:SubjectCode>\s*<\/ram:IncludedNote>/,
    );
  });

  it("BR-FR-10 BR-FR-13 BR-FR-21 identifiers with their schemes (0002, 0009, 0225, VA, FC, EM)", () => {
    const b2b = xmlOf("invoice at two rates");
    expect(b2b).toContain('<ram:ID schemeID="0002">732829320</ram:ID>');
    expect(b2b).toContain('<ram:GlobalID schemeID="0009">73282932000074</ram:GlobalID>');
    expect(b2b).toContain('<ram:URIID schemeID="0225">443061841</ram:URIID>');
    expect(b2b).toContain('<ram:ID schemeID="VA">FR64443061841</ram:ID>');
    const b2c = xmlOf("293 B franchise to an individual");
    expect(b2c).toContain('<ram:ID schemeID="FC">123456782</ram:ID>');
    expect(b2c).toContain('<ram:URIID schemeID="EM">jeanne.durand@example.org</ram:URIID>');
  });

  it("BR-27 a deduction line: negative quantity and amount, positive price", () => {
    const xml = xmlOf("final invoice deducting deposits");
    expect(xml).toMatch(
      /<ram:ChargeAmount>243\.75<\/ram:ChargeAmount>[\s\S]*?<ram:BilledQuantity unitCode="LS">-1<\/ram:BilledQuantity>[\s\S]*?<ram:LineTotalAmount>-243\.75<\/ram:LineTotalAmount>/,
    );
  });

  it("BR-FR-CO-05 the credited invoice as InvoiceReferencedDocument with its date", () => {
    expect(xmlOf("partial credit note")).toMatch(
      /<ram:InvoiceReferencedDocument>\s*<ram:IssuerAssignedID>F-2026-00042<\/ram:IssuerAssignedID>\s*<ram:FormattedIssueDateTime>\s*<qdt:DateTimeString format="102">20261207<\/qdt:DateTimeString>/,
    );
  });

  it("BR-IC-12 BT-72 deliver-to and actual delivery date in the header delivery", () => {
    const xml = xmlOf("EU business: reverse-charge services and intra-community goods");
    expect(xml).toMatch(
      /<ram:ShipToTradeParty>[\s\S]*<ram:CountryID>DE<\/ram:CountryID>[\s\S]*<\/ram:ShipToTradeParty>/,
    );
    expect(xml).toContain('<udt:DateTimeString format="102">20261203</udt:DateTimeString>');
  });

  it("UTF-8 declaration, the four CII namespaces, a final line feed", () => {
    const xml = xmlOf("invoice at two rates");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm=')).toBe(true);
    for (const prefix of ["rsm", "qdt", "ram", "udt"])
      expect(xml).toContain(`xmlns:${prefix}="urn:un:unece:uncefact:data:standard:`);
    expect(xml.endsWith("</rsm:CrossIndustryInvoice>\n")).toBe(true);
  });
});
