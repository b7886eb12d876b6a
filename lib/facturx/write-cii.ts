import type {
  EInvoice,
  EInvoiceAddress,
  EInvoiceDocumentAllowance,
  EInvoiceLine,
  EInvoiceNote,
  EInvoiceParty,
  EInvoiceVat,
  EInvoiceVatBreakdown,
} from "./einvoice";
import { element, elementWith, textElement, xmlDocument, type XmlElement } from "./xml";

// The e-invoice as UN/CEFACT Cross Industry Invoice XML (D16B), Factur-X 1.09 profile EN 16931.
// Elements appear in exactly the order of the Factur-X XSD sequences (an XSD sequence is
// ordered: a misplaced element fails the schema); optional elements are left out when empty.
// Formats:
// - amounts: exactly 2 decimals (BR-DEC-*, BR-FR-DEC-01), "-" for negatives;
// - the net price BT-146: 2 to 6 decimals, never negative (BR-27, BR-FR-DEC-03);
// - quantities: as few decimals as needed, at most 3 here (BR-FR-DEC-02 allows 4);
// - rates: at most 2 decimals and no trailing zeros, "20", "5.5", "0" (BR-FR-DEC-04, BR-FR-16);
// - dates: YYYYMMDD with format 102.

const NAMESPACES = {
  "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

/** BT-24: the EN 16931 specification itself (Factur-X profile EN 16931, a.k.a. COMFORT). */
export const EN16931_GUIDELINE = "urn:cen.eu:en16931:2017";

// ---- Formats ----

/** Integer `value` in 10^-`scale` units → decimal text with between `min` and `scale` decimals. */
function decimal(value: number, scale: number, min: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount: ${value}`);
  const digits = String(Math.abs(value)).padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  while (fraction.length > min && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  return `${value < 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** 123456 → "1234.56"; -5 → "-0.05". */
export const formatAmount = (cents: number) => decimal(cents, 2, 2);
/** 12_500_000 → "12.50"; 833_333 → "0.833333". */
export const formatPrice = (micros: number) => decimal(micros, 6, 2);
/** 1500 → "1.5"; 2000 → "2". */
export const formatQuantity = (milli: number) => decimal(milli, 3, 0);
/** 2000 → "20"; 550 → "5.5"; 0 → "0". */
export const formatRate = (bps: number) => decimal(bps, 2, 0);
/** "2026-03-12" → "20260312". */
export const formatDate = (day: string) => day.replace(/-/g, "");

const amount = (name: string, cents: number) => textElement(name, formatAmount(cents));
const indicator = (value: boolean) => element("ram:ChargeIndicator", textElement("udt:Indicator", String(value)));
const udtDate = (name: string, day: string) =>
  element(name, textElement("udt:DateTimeString", formatDate(day), { format: "102" }));

// ---- Header ----

function context(einvoice: EInvoice): XmlElement {
  return element(
    "rsm:ExchangedDocumentContext",
    element("ram:BusinessProcessSpecifiedDocumentContextParameter", textElement("ram:ID", einvoice.processCode)),
    element("ram:GuidelineSpecifiedDocumentContextParameter", textElement("ram:ID", EN16931_GUIDELINE)),
  );
}

const note = (entry: EInvoiceNote) =>
  element("ram:IncludedNote", textElement("ram:Content", entry.text), textElement("ram:SubjectCode", entry.subject));

function exchangedDocument(einvoice: EInvoice): XmlElement {
  return element(
    "rsm:ExchangedDocument",
    textElement("ram:ID", einvoice.number),
    textElement("ram:TypeCode", einvoice.typeCode),
    udtDate("ram:IssueDateTime", einvoice.issueDate),
    ...einvoice.notes.map(note),
  );
}

// ---- Parties ----

function postalAddress(address: EInvoiceAddress): XmlElement {
  return element(
    "ram:PostalTradeAddress",
    address.postalCode && textElement("ram:PostcodeCode", address.postalCode),
    address.line1 && textElement("ram:LineOne", address.line1),
    address.line2 && textElement("ram:LineTwo", address.line2),
    address.line3 && textElement("ram:LineThree", address.line3),
    address.city && textElement("ram:CityName", address.city),
    textElement("ram:CountryID", address.country),
  );
}

function contact(party: EInvoiceParty): XmlElement | null {
  if (!party.contact) return null;
  const { phone, email } = party.contact;
  return element(
    "ram:DefinedTradeContact",
    phone && element("ram:TelephoneUniversalCommunication", textElement("ram:CompleteNumber", phone)),
    email && element("ram:EmailURIUniversalCommunication", textElement("ram:URIID", email)),
  );
}

/** BG-4 / BG-7 (TradePartyType: GlobalID, Name, legal organization, contact, address, URI, tax registrations). */
function tradeParty(name: string, party: EInvoiceParty): XmlElement {
  const legal = party.siren !== null || party.tradeName !== null;
  return element(
    name,
    party.siret && textElement("ram:GlobalID", party.siret, { schemeID: "0009" }),
    textElement("ram:Name", party.name),
    legal &&
      element(
        "ram:SpecifiedLegalOrganization",
        party.siren && textElement("ram:ID", party.siren, { schemeID: "0002" }),
        party.tradeName && textElement("ram:TradingBusinessName", party.tradeName),
      ),
    contact(party),
    postalAddress(party.address),
    party.electronicAddress &&
      element(
        "ram:URIUniversalCommunication",
        textElement("ram:URIID", party.electronicAddress.id, { schemeID: party.electronicAddress.scheme }),
      ),
    party.vatNumber &&
      element("ram:SpecifiedTaxRegistration", textElement("ram:ID", party.vatNumber, { schemeID: "VA" })),
    party.taxRegistrationId &&
      element("ram:SpecifiedTaxRegistration", textElement("ram:ID", party.taxRegistrationId, { schemeID: "FC" })),
  );
}

function headerAgreement(einvoice: EInvoice): XmlElement {
  return element(
    "ram:ApplicableHeaderTradeAgreement",
    tradeParty("ram:SellerTradeParty", einvoice.seller),
    tradeParty("ram:BuyerTradeParty", einvoice.buyer),
    einvoice.purchaseOrder &&
      element("ram:BuyerOrderReferencedDocument", textElement("ram:IssuerAssignedID", einvoice.purchaseOrder)),
  );
}

function headerDelivery(einvoice: EInvoice): XmlElement {
  const { shipTo, deliveryDate } = einvoice;
  return element(
    "ram:ApplicableHeaderTradeDelivery",
    shipTo && element("ram:ShipToTradeParty", textElement("ram:Name", shipTo.name), postalAddress(shipTo.address)),
    deliveryDate && element("ram:ActualDeliverySupplyChainEvent", udtDate("ram:OccurrenceDateTime", deliveryDate)),
  );
}

// ---- VAT ----

/** TypeCode, CategoryCode, rate: the order of a line's or an allowance's TradeTaxType. */
function categoryTax(name: string, vat: EInvoiceVat): XmlElement {
  return element(
    name,
    textElement("ram:TypeCode", "VAT"),
    textElement("ram:CategoryCode", vat.category),
    vat.rateBps !== null && textElement("ram:RateApplicablePercent", formatRate(vat.rateBps)),
  );
}

/** BG-23: tax, type, reason text, basis, category, reason code, rate (TradeTaxType order). */
function breakdownGroup(group: EInvoiceVatBreakdown): XmlElement {
  return element(
    "ram:ApplicableTradeTax",
    amount("ram:CalculatedAmount", group.taxCents),
    textElement("ram:TypeCode", "VAT"),
    group.exemptionReason && textElement("ram:ExemptionReason", group.exemptionReason),
    amount("ram:BasisAmount", group.basisCents),
    textElement("ram:CategoryCode", group.category),
    group.exemptionCode && textElement("ram:ExemptionReasonCode", group.exemptionCode),
    group.rateBps !== null && textElement("ram:RateApplicablePercent", formatRate(group.rateBps)),
  );
}

// ---- Settlement ----

function paymentMeans(einvoice: EInvoice): XmlElement | null {
  const means = einvoice.paymentMeans;
  if (!means) return null;
  return element(
    "ram:SpecifiedTradeSettlementPaymentMeans",
    textElement("ram:TypeCode", means.typeCode),
    element("ram:PayeePartyCreditorFinancialAccount", textElement("ram:IBANID", means.iban)),
    means.bic && element("ram:PayeeSpecifiedCreditorFinancialInstitution", textElement("ram:BICID", means.bic)),
  );
}

function documentAllowance(entry: EInvoiceDocumentAllowance): XmlElement {
  return element(
    "ram:SpecifiedTradeAllowanceCharge",
    indicator(entry.charge),
    amount("ram:ActualAmount", entry.amountCents),
    entry.reasonCode && textElement("ram:ReasonCode", entry.reasonCode),
    textElement("ram:Reason", entry.reason),
    categoryTax("ram:CategoryTradeTax", entry.vat),
  );
}

function paymentTerms(einvoice: EInvoice): XmlElement | null {
  if (!einvoice.paymentTerms && !einvoice.dueDate) return null;
  return element(
    "ram:SpecifiedTradePaymentTerms",
    einvoice.paymentTerms && textElement("ram:Description", einvoice.paymentTerms),
    einvoice.dueDate && udtDate("ram:DueDateDateTime", einvoice.dueDate),
  );
}

function monetarySummation(einvoice: EInvoice): XmlElement {
  const { totals, currency, taxCurrency } = einvoice;
  const hasAllowances = einvoice.documentAllowances.some((entry) => !entry.charge);
  const hasCharges = einvoice.documentAllowances.some((entry) => entry.charge);
  return element(
    "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
    amount("ram:LineTotalAmount", totals.lineTotalCents),
    hasCharges && amount("ram:ChargeTotalAmount", totals.chargeTotalCents),
    hasAllowances && amount("ram:AllowanceTotalAmount", totals.allowanceTotalCents),
    amount("ram:TaxBasisTotalAmount", totals.taxBasisCents),
    // BT-110 always, even at 0 (BR-CO-15 counts it); BT-111 in EUR for another currency (BR-53).
    textElement("ram:TaxTotalAmount", formatAmount(totals.taxCents), { currencyID: currency }),
    taxCurrency !== null &&
      totals.taxEurCents !== null &&
      textElement("ram:TaxTotalAmount", formatAmount(totals.taxEurCents), { currencyID: taxCurrency }),
    amount("ram:GrandTotalAmount", totals.grandTotalCents),
    totals.prepaidCents !== 0 && amount("ram:TotalPrepaidAmount", totals.prepaidCents),
    amount("ram:DuePayableAmount", totals.duePayableCents),
  );
}

function headerSettlement(einvoice: EInvoice): XmlElement {
  return element(
    "ram:ApplicableHeaderTradeSettlement",
    einvoice.paymentReference && textElement("ram:PaymentReference", einvoice.paymentReference),
    einvoice.taxCurrency && textElement("ram:TaxCurrencyCode", einvoice.taxCurrency),
    textElement("ram:InvoiceCurrencyCode", einvoice.currency),
    paymentMeans(einvoice),
    ...einvoice.vatBreakdown.map(breakdownGroup),
    ...einvoice.documentAllowances.map(documentAllowance),
    paymentTerms(einvoice),
    monetarySummation(einvoice),
    ...einvoice.precedingInvoices.map((preceding) =>
      element(
        "ram:InvoiceReferencedDocument",
        textElement("ram:IssuerAssignedID", preceding.number),
        element(
          "ram:FormattedIssueDateTime",
          textElement("qdt:DateTimeString", formatDate(preceding.issueDate), { format: "102" }),
        ),
      ),
    ),
  );
}

// ---- Lines ----

function lineItem(line: EInvoiceLine): XmlElement {
  return element(
    "ram:IncludedSupplyChainTradeLineItem",
    element("ram:AssociatedDocumentLineDocument", textElement("ram:LineID", line.id)),
    element(
      "ram:SpecifiedTradeProduct",
      textElement("ram:Name", line.name),
      line.description && textElement("ram:Description", line.description),
    ),
    element(
      "ram:SpecifiedLineTradeAgreement",
      element("ram:NetPriceProductTradePrice", textElement("ram:ChargeAmount", formatPrice(line.netPriceMicros))),
    ),
    element(
      "ram:SpecifiedLineTradeDelivery",
      textElement("ram:BilledQuantity", formatQuantity(line.quantityMilli), { unitCode: line.unitCode }),
    ),
    element(
      "ram:SpecifiedLineTradeSettlement",
      categoryTax("ram:ApplicableTradeTax", line.vat),
      ...line.allowances.map((allowance) =>
        element(
          "ram:SpecifiedTradeAllowanceCharge",
          indicator(false),
          amount("ram:ActualAmount", allowance.amountCents),
          textElement("ram:ReasonCode", "95"),
          textElement("ram:Reason", allowance.reason),
        ),
      ),
      element("ram:SpecifiedTradeSettlementLineMonetarySummation", amount("ram:LineTotalAmount", line.netCents)),
    ),
  );
}

/** The Factur-X XML of an e-invoice (UTF-8 text; the same e-invoice always gives the same bytes). */
export function writeCiiXml(einvoice: EInvoice): string {
  return xmlDocument(
    elementWith(
      "rsm:CrossIndustryInvoice",
      NAMESPACES,
      context(einvoice),
      exchangedDocument(einvoice),
      element(
        "rsm:SupplyChainTradeTransaction",
        ...einvoice.lines.map(lineItem),
        headerAgreement(einvoice),
        headerDelivery(einvoice),
        headerSettlement(einvoice),
      ),
    ),
  );
}
