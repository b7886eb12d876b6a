import type { DocumentDetail } from "@/lib/documents/get-document";
import { addressLines } from "@/lib/documents/address-lines";
import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import { formatQuantity } from "@/lib/documents/parse-quantity";
import { isPayableType } from "@/lib/documents/document-status";
import { clientLegalName, sellerLegalName } from "@/lib/documents/party-names";
import { FRANCHISE_EXEMPTION_CODE } from "@/lib/documents/totals/compute-totals";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/get-messages";
import { formatMoney } from "@/lib/money/format-money";
import { bpsToPercentText, formatVatRate } from "@/lib/money/vat-rates";
import { unitForQuantity } from "@/lib/articles/article-units";
import { documentMentions, formatDocumentDate } from "@/lib/documents/legal-mentions";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";
import { vatColumnText } from "@/lib/documents/vat-column";
import { pdfTexts } from "./pdf-texts";

// Everything the PDF prints, as ready-made strings: the React-PDF component only lays them
// out, and this pure function is where the French mandatory mentions are decided (tested
// without rendering). Input: the document's detail and the snapshots it states (frozen ones
// for a document that left DRAFT, the live ones for a draft preview).

export type PdfLine = {
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  vatRate: string;
  total: string;
};

export type PdfModel = {
  language: DocumentLanguage;
  draft: boolean;
  title: string;
  numberLine: string;
  logo: { data: Buffer; format: "png" | "jpg" } | null;
  seller: { name: string; address: string[]; contact: string[]; identifiers: string[] };
  client: { name: string; address: string[]; identifiers: string[] };
  details: { label: string; value: string }[];
  delivery: string[] | null;
  references: string[];
  priceColumnIncludesVat: boolean;
  showDiscountColumn: boolean;
  lines: PdfLine[];
  /** Null under the VAT franchise (no VAT at all). */
  vatBreakdown: { rate: string; base: string; vat: string; total: string }[] | null;
  totals: { label: string; value: string; strong?: boolean }[];
  mentions: string[];
  payment: string[];
  acceptanceBlock: boolean;
  notes: string | null;
  footer: string[];
  pageTemplate: string;
  watermark: string;
  columns: {
    description: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    discount: string;
    vat: string;
    total: string;
  };
  captions: { billTo: string; delivery: string; notes: string };
  breakdownTexts: { title: string; rate: string; base: string; vat: string; total: string };
  acceptanceTexts: { title: string; instructions: string; date: string; signature: string };
};

export type PdfSource = {
  document: DocumentDetail;
  seller: SellerSnapshot;
  client: ClientSnapshot;
  logo: { data: Buffer; format: "png" | "jpg" } | null;
};

const blank = (value: string | null | undefined): value is null | undefined => value == null || value.trim() === "";
const present = (values: (string | null | undefined | false)[]): string[] =>
  values.filter((value): value is string => typeof value === "string" && value.trim() !== "");

export const formatPdfDate = formatDocumentDate;

function legalFormText(code: string | null): string | null {
  if (blank(code)) return null;
  return code === "ASSOCIATION" ? "Association" : code;
}

const sellerName = sellerLegalName;

function sellerIdentifiers(seller: SellerSnapshot, language: DocumentLanguage): string[] {
  const t = pdfTexts[language];
  const form = legalFormText(seller.legalForm);
  const capital =
    seller.shareCapitalCents !== null && form && form !== "EI"
      ? `${form} ${t.shareCapital} ${formatMoney(seller.shareCapitalCents, language, "EUR")}`
      : form && form !== "EI"
        ? form
        : null;
  return present([
    capital,
    !blank(seller.siren) && `${t.siren} ${seller.siren}`,
    !blank(seller.siret) && `${t.siret} ${seller.siret}`,
    !blank(seller.rcsCity) && `${t.rcs} ${seller.rcsCity} ${seller.siren}`,
    !blank(seller.rmNumber) && `${t.rm} ${seller.rmNumber}`,
    !blank(seller.vatNumber) && `${t.vatNumber} ${seller.vatNumber}`,
  ]);
}

/** The legal line in two short lines (name, form, SIREN, SIRET / RCS, RM, VAT), never cut mid-mention. */
function footerLines(name: string, identifiers: string[]): string[] {
  const split = Math.min(identifiers.length, 3);
  return present([[name, ...identifiers.slice(0, split)].join(" — "), identifiers.slice(split).join(" — ")]);
}

const clientName = clientLegalName;

function deliveryLines(client: ClientSnapshot, language: DocumentLanguage): string[] | null {
  const delivery = client.deliveryAddress;
  if (delivery === null) return null;
  if (typeof delivery === "string") return delivery.split(/\r?\n/).filter((line) => line.trim() !== "");
  const lines = addressLines(delivery, language);
  return lines.length > 0 ? lines : null;
}

/** The unit after the line's quantity, in the document's language: "1 jour", "2 jours". */
function unitText(unit: string, quantityMilli: number, language: DocumentLanguage): string {
  const messages = getMessages(language);
  return unitForQuantity(unit, quantityMilli, language, {
    singular: messages.articleUnits,
    plural: messages.articleUnitPlurals,
  });
}

export function buildPdfModel({ document, seller, client, logo }: PdfSource): PdfModel {
  const language: DocumentLanguage = document.language === "en" ? "en" : "fr";
  const t = pdfTexts[language];
  const money = (cents: number) => formatMoney(cents, language, document.currency);
  const date = (day: string | null) => (day ? formatPdfDate(day, language) : null);
  const draft = document.status === "DRAFT";
  const invoiceLike = isPayableType(document.type);
  // No VAT at all: every group exempt under the 293 B franchise (a draft of an organization
  // under the franchise is saved so; its preview follows the current regime too).
  const vatExempt =
    document.vatExempt ||
    seller.vatRegime === "FRANCHISE" ||
    (document.vatBreakdown.length > 0 &&
      document.vatBreakdown.every((group) => group.vatExemptionCode === FRANCHISE_EXEMPTION_CODE));
  const stated = documentMentions({ ...document, vatBreakdown: breakdownOf(document, vatExempt), seller });

  const details = [
    { label: t.issueDate, value: date(document.issueDate) },
    { label: t.serviceDate, value: document.serviceDate !== document.issueDate ? date(document.serviceDate) : null },
    { label: t.dueDate, value: invoiceLike ? date(document.dueDate) : null },
    { label: t.validUntil, value: document.type === "QUOTE" ? date(document.validUntil) : null },
    { label: t.purchaseOrder, value: document.purchaseOrderNumber },
  ].filter((detail): detail is { label: string; value: string } => !blank(detail.value));

  const references = present([
    document.type === "CREDIT_NOTE" &&
      document.related.creditedInvoice?.number &&
      format(t.creditNoteOf, {
        number: document.related.creditedInvoice.number,
        date: date(document.related.creditedInvoice.issueDate) ?? "",
      }),
    document.type === "DEPOSIT_INVOICE" &&
      document.related.sourceQuote?.number &&
      (document.depositPercentBps !== null
        ? format(t.depositOf, {
            percent: `${bpsToPercentText(document.depositPercentBps, language === "fr" ? "," : ".")} %`,
            number: document.related.sourceQuote.number,
          })
        : format(t.depositOfAmount, { number: document.related.sourceQuote.number })),
    document.type === "INVOICE" &&
      document.related.sourceQuote?.number &&
      format(t.fromQuote, { number: document.related.sourceQuote.number }),
  ]);

  const lines: PdfLine[] = document.lines.map((line) => ({
    description: line.description,
    quantity: formatQuantity(line.quantityMilli, language === "fr" ? "," : "."),
    unit: unitText(line.unit, line.quantityMilli, language),
    unitPrice: money(line.unitPriceCents),
    discount: !line.discount
      ? ""
      : line.discount.kind === "PERCENT"
        ? `${bpsToPercentText(line.discount.value, language === "fr" ? "," : ".")} %`
        : money(line.discount.value),
    vatRate: vatColumnText(line, language, vatExempt),
    total: money(line.netCents),
  }));

  const totals: PdfModel["totals"] = [];
  if (document.totals.discountCents !== 0)
    totals.push({ label: t.totals.discount, value: money(-document.totals.discountCents) });
  totals.push({ label: t.totals.totalExcl, value: money(document.totals.totalExclVatCents) });
  if (!vatExempt) {
    for (const rate of document.vatBreakdown.filter((group) => group.vatCategory === "S"))
      totals.push({
        label: format(t.totals.vatAt, { rate: formatVatRate(rate.vatRateBps, language) }),
        value: money(rate.vatCents),
      });
    totals.push({ label: t.totals.totalVat, value: money(document.totals.totalVatCents) });
  }
  totals.push({ label: t.totals.totalIncl, value: money(document.totals.totalInclVatCents), strong: true });

  const payment = stated.payment.map((mention) => mention.text);

  return {
    language,
    draft,
    title: t.titles[document.type],
    numberLine: draft || !document.number ? t.draftNumber : `${t.number} ${document.number}`,
    logo,
    seller: {
      name: sellerName(seller),
      address: present([seller.tradeName, ...addressLines(seller.address, language)]),
      contact: present([seller.email, seller.phone, seller.website]),
      identifiers: sellerIdentifiers(seller, language),
    },
    client: {
      name: clientName(client),
      address: addressLines(client.billingAddress, language),
      identifiers:
        client.kind === "COMPANY"
          ? present([
              !blank(client.siren) && `${t.siren} ${client.siren}`,
              !blank(client.vatNumber) && `${t.vatNumber} ${client.vatNumber}`,
            ])
          : [],
    },
    details,
    delivery: deliveryLines(client, language),
    references,
    priceColumnIncludesVat: document.pricesIncludeVat,
    showDiscountColumn: document.lines.some((line) => line.discount !== null),
    lines,
    vatBreakdown: vatExempt
      ? null
      : document.vatBreakdown.map((rate) => ({
          rate: vatColumnText(rate, language, false),
          base: money(rate.baseCents),
          vat: money(rate.vatCents),
          total: money(rate.totalCents),
        })),
    totals,
    mentions: stated.mentions.map((mention) => mention.text),
    payment,
    acceptanceBlock: document.type === "QUOTE",
    notes: blank(document.notes) ? null : document.notes,
    footer: present([...footerLines(sellerName(seller), sellerIdentifiers(seller, language)), seller.footerText]),
    pageTemplate: t.page,
    watermark: t.draftWatermark,
    columns: {
      description: t.columns.description,
      quantity: t.columns.quantity,
      unit: t.columns.unit,
      unitPrice: document.pricesIncludeVat ? t.columns.unitPriceIncl : t.columns.unitPriceExcl,
      discount: t.columns.discount,
      vat: t.columns.vat,
      total: document.pricesIncludeVat ? t.columns.totalIncl : t.columns.totalExcl,
    },
    captions: { billTo: t.billTo, delivery: t.deliveryAddress, notes: t.notes },
    breakdownTexts: t.vatBreakdown,
    acceptanceTexts: t.acceptance,
  };
}

/** Under the franchise every group is the 293 B exemption, whatever a draft's lines still say. */
function breakdownOf(document: DocumentDetail, vatExempt: boolean): DocumentDetail["vatBreakdown"] {
  if (!vatExempt) return document.vatBreakdown;
  return [
    {
      ...(document.vatBreakdown[0] ?? emptyGroup),
      vatCategory: "E",
      vatRateBps: 0,
      vatExemptionCode: FRANCHISE_EXEMPTION_CODE,
    },
  ];
}

const emptyGroup: DocumentDetail["vatBreakdown"][number] = {
  vatCategory: "E",
  vatRateBps: 0,
  vatExemptionCode: FRANCHISE_EXEMPTION_CODE,
  linesCents: 0,
  discountCents: 0,
  baseCents: 0,
  vatCents: 0,
  totalCents: 0,
};
