import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { createDraft } from "@/lib/documents/create-draft";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import type { DocumentRawInput } from "@/lib/documents/document-schema";
import { loadDocumentDetail, type DocumentDetail } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { updateDraft } from "@/lib/documents/update-draft";
import { loadDocumentPdf, type DocumentPdfFile } from "@/lib/pdf/document-pdf";
import { addClient, companyInput, personInput } from "./client-factories";
import { completeSellerIdentity, documentWorkspace, draftInput, lineInput } from "./document-factories";
import { testMeta } from "./factories";
import { actingAs } from "./member-factories";

// Every shape of Factur-X document the product issues, made on the test database through the
// app's own functions — settings by completeSellerIdentity, clients by addClient, then
// createDraft / updateDraft / sendQuote / acceptQuote / convertQuoteToDeposit /
// convertQuoteToInvoice / createCreditNote / issueDocument — and read back as stored: the
// document's detail view and its stored PDF (loadDocumentPdf renders it once, PDF/A-3b with
// factur-x.xml, and keeps the XML beside it). tests/support/facturx-shapes.ts builds the same
// kinds of documents in memory; these go through the database, numbering and snapshots.

/** The shapes' names (test titles and validation keys). */
export const SHAPE = {
  twoRates: "invoice at 20 % and 5.5 %",
  discount: "invoice with a document discount (7.5 %) and line discounts",
  inclVat: "invoice in prices incl. VAT with an amount discount",
  lines200: "invoice of 200 lines",
  deposit: "deposit invoice (30 % of a quote)",
  final: "final invoice deducting the deposit",
  creditLines: "partial credit note by lines",
  creditAmount: "partial credit note by an amount (of the final invoice)",
  creditFull: "full credit note (of the discounted invoice)",
  franchise: "293 B franchise seller to an individual",
  euBusiness: "EU business (DE): reverse-charge services (AE) and intra-community goods (K)",
  exportUsd: "export outside the EU in USD (goods, G)",
  zeroRated: "zero-rated line (Z) beside an art. 261-4 exemption (E) and a 20 % line",
} as const;

export type ShapeName = (typeof SHAPE)[keyof typeof SHAPE];

/** The seller's professional insurance, set in the main organization's settings. */
export const INSURANCE = {
  insurerName: "Mutuelle des Artisans du Bâtiment",
  insurancePolicyNumber: "RCP-2026-4471",
  insuranceCoverage: "France métropolitaine",
} as const;

export const USD_EXCHANGE_RATE = "0,9234";

type Workspace = Awaited<ReturnType<typeof documentWorkspace>>;

export type IssuedShape = {
  name: ShapeName;
  workspace: Workspace;
  organizationId: string;
  documentId: string;
  /** The detail view as read back after issue. */
  document: DocumentDetail;
  /** The stored PDF (rendered and stored by the first loadDocumentPdf). */
  pdf: DocumentPdfFile;
};

export type IssuedShapes = {
  shapes: IssuedShape[];
  byName: (name: ShapeName) => IssuedShape;
  /** The sent quote the deposit and the final invoice come from: a plain PDF, no XML. */
  quote: { workspace: Workspace; documentId: string; pdf: DocumentPdfFile };
  workspaces: { main: Workspace; franchise: Workspace; usd: Workspace };
};

async function clientWriter(workspace: Workspace): Promise<MemberContext> {
  return actingAs(workspace.user.id, workspace.organization.id, "clients.write");
}

async function draft(
  member: MemberContext,
  clientId: string,
  overrides: Partial<DocumentRawInput>,
  type: "INVOICE" | "QUOTE" = "INVOICE",
) {
  return createDraft(member, type, draftInput(clientId, overrides), testMeta());
}

async function issue(member: MemberContext, documentId: string, input: Record<string, string> = {}) {
  await issueDocument(member, documentId, input, testMeta());
  return documentId;
}

const QUOTE_LINES = [
  lineInput({ description: "Conception des plans", quantity: "2", unit: "day", unitPrice: "450,00" }),
  lineInput({ description: "Réunions de chantier", quantity: "1,5", unit: "hour", unitPrice: "120,00" }),
  lineInput({
    description: "Isolant — laine de bois 100 mm",
    quantity: "42,35",
    unit: "m2",
    unitPrice: "39,99",
    vatRate: "550",
    kind: "GOODS",
  }),
];

const RATES = ["2000", "1000", "550", "210"] as const;
const UNITS = ["hour", "day", "piece", "kg", "km", "month"] as const;

function twoHundredLines() {
  return Array.from({ length: 200 }, (_, index) =>
    lineInput({
      description: `Article n° ${String(index + 1).padStart(3, "0")} — fourniture et pose`,
      quantity: String((100 + ((index * 337) % 5000)) / 1000).replace(".", ","),
      unit: UNITS[index % UNITS.length],
      unitPrice: String((99 + ((index * 7919) % 50_000)) / 100).replace(".", ","),
      vatRate: RATES[index % RATES.length],
      kind: index % 3 === 0 ? "GOODS" : "SERVICE",
      ...(index % 7 === 0 ? { discountKind: "PERCENT", discountValue: "5" } : {}),
    }),
  );
}

/**
 * Builds every shape (three organizations: a VAT-registered seller with its professional
 * insurance, a 293 B franchise seller, a seller invoicing in USD), issues them in order, and
 * loads each one's stored PDF. Takes a few seconds per PDF on a slow machine.
 */
export async function buildIssuedShapes(): Promise<IssuedShapes> {
  const main = await documentWorkspace();
  await completeSellerIdentity(main.organization.id, INSURANCE);
  const franchise = await documentWorkspace();
  await completeSellerIdentity(franchise.organization.id, { vatRegime: "FRANCHISE", vatNumber: null });
  const usd = await documentWorkspace();
  await completeSellerIdentity(usd.organization.id, { currency: "USD" });

  const ids = new Map<ShapeName, { workspace: Workspace; documentId: string }>();
  const record = (name: ShapeName, workspace: Workspace, documentId: string) =>
    ids.set(name, { workspace, documentId });

  // --- The VAT-registered seller, a French business client (with its SIREN) ------------------
  const m = main.member;
  const client = main.client.id;

  const twoRates = await draft(m, client, {
    lines: [
      lineInput({ description: "Conseil stratégique", quantity: "2", unit: "day", unitPrice: "800,00" }),
      lineInput({
        description: "Ouvrage technique",
        quantity: "3",
        unitPrice: "24,90",
        vatRate: "550",
        kind: "GOODS",
      }),
    ],
    purchaseOrderNumber: "BC-7781",
    notes: "Merci pour votre confiance !",
  });
  record(SHAPE.twoRates, main, await issue(m, twoRates.id));

  const discounted = await draft(m, client, {
    lines: [
      lineInput({
        description: "Audit",
        quantity: "1,5",
        unit: "day",
        unitPrice: "950,00",
        discountKind: "PERCENT",
        discountValue: "10",
      }),
      lineInput({
        description: "Licence",
        quantity: "7",
        unitPrice: "19,99",
        discountKind: "AMOUNT",
        discountValue: "3,33",
      }),
      lineInput({ description: "Manuel", quantity: "2", unitPrice: "34,50", vatRate: "550", kind: "GOODS" }),
    ],
    discountKind: "PERCENT",
    discountValue: "7,5",
  });
  record(SHAPE.discount, main, await issue(m, discounted.id));

  const inclVat = await draft(m, client, {
    pricesIncludeVat: "on",
    lines: [
      lineInput({ description: "Coffret cadeau", quantity: "3", unitPrice: "33,33", kind: "GOODS" }),
      lineInput({
        description: "Atelier",
        quantity: "2,5",
        unit: "hour",
        unitPrice: "59,99",
        vatRate: "1000",
        discountKind: "PERCENT",
        discountValue: "10",
      }),
      lineInput({ description: "Livre", quantity: "1", unitPrice: "19,99", vatRate: "550", kind: "GOODS" }),
    ],
    discountKind: "AMOUNT",
    discountValue: "5,00",
  });
  record(SHAPE.inclVat, main, await issue(m, inclVat.id));

  const long = await draft(m, client, { lines: twoHundredLines(), discountKind: "AMOUNT", discountValue: "100,00" });
  record(SHAPE.lines200, main, await issue(m, long.id));

  // Quote → sent → accepted → deposit of 30 % (issued) → final invoice saved from the editor, issued.
  const quote = await draft(m, client, { lines: QUOTE_LINES }, "QUOTE");
  await sendQuote(m, quote.id, {}, testMeta());
  await acceptQuote(m, quote.id, testMeta());
  const deposit = await convertQuoteToDeposit(m, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
  record(SHAPE.deposit, main, await issue(m, deposit.documentId));
  const final = await convertQuoteToInvoice(m, quote.id, testMeta());
  const finalDraft = await db.document.findUniqueOrThrow({ where: { id: final.documentId } });
  await updateDraft(
    m,
    final.documentId,
    {
      ...draftInput(client, { lines: QUOTE_LINES, purchaseOrderNumber: "PO 2026/118" }),
      expectedUpdatedAt: finalDraft.updatedAt.toISOString(),
    },
    testMeta(),
  );
  record(SHAPE.final, main, await issue(m, final.documentId));

  const creditLines = await createCreditNote(
    m,
    {
      invoiceId: twoRates.id,
      mode: "LINES",
      lines: [
        lineInput({
          description: "Conseil — demi-journée non effectuée",
          quantity: "0,5",
          unit: "day",
          unitPrice: "800,00",
        }),
      ],
    },
    testMeta(),
  );
  record(SHAPE.creditLines, main, await issue(m, creditLines.documentId));
  const creditAmount = await createCreditNote(
    m,
    { invoiceId: final.documentId, mode: "AMOUNT", amount: "100,00" },
    testMeta(),
  );
  record(SHAPE.creditAmount, main, await issue(m, creditAmount.documentId));
  const creditFull = await createCreditNote(m, { invoiceId: discounted.id, mode: "FULL" }, testMeta());
  record(SHAPE.creditFull, main, await issue(m, creditFull.documentId));

  // An EU business: blank categories take the rule table's defaults (services AE, goods K).
  const german = await addClient(
    await clientWriter(main),
    companyInput({
      siren: "",
      vatNumber: "DE123456789",
      billingAddressLine1: "Hauptstraße 5",
      billingPostalCode: "10115",
      billingCity: "Berlin",
      billingCountry: "DE",
    }),
  );
  const eu = await draft(m, german.id, {
    language: "en",
    lines: [
      lineInput({ description: "Software maintenance", quantity: "10", unit: "hour", unitPrice: "90,00" }),
      lineInput({ description: "Rack server 2U", quantity: "2", unitPrice: "2 499,00", kind: "GOODS" }),
    ],
  });
  record(SHAPE.euBusiness, main, await issue(m, eu.id));

  const zero = await draft(m, client, {
    lines: [
      lineInput({ description: "Transport international", unitPrice: "250,00", vatRate: "0", vatCategory: "Z" }),
      lineInput({
        description: "Formation professionnelle continue",
        unitPrice: "1 500,00",
        vatRate: "0",
        vatCategory: "E",
        vatExemptionCode: "VATEX-FR-CGI261-4",
      }),
      lineInput({ description: "Support de cours", unitPrice: "20,00", kind: "GOODS" }),
    ],
  });
  record(SHAPE.zeroRated, main, await issue(m, zero.id));

  // --- A 293 B franchise seller, a consumer ---------------------------------------------------
  const person = await addClient(await clientWriter(franchise), personInput());
  const lesson = await draft(franchise.member, person.id, {
    lines: [lineInput({ description: "Cours particulier de piano", quantity: "4", unit: "hour", unitPrice: "35,00" })],
  });
  record(SHAPE.franchise, franchise, await issue(franchise.member, lesson.id));

  // --- A seller invoicing in USD, a business in the United States: goods → G (export) -----------
  const american = await addClient(
    await clientWriter(usd),
    companyInput({
      siren: "",
      billingAddressLine1: "1 Market Street",
      billingPostalCode: "94105",
      billingCity: "San Francisco",
      billingCountry: "US",
    }),
  );
  const exported = await draft(usd.member, american.id, {
    lines: [
      lineInput({ description: "Machine-outil", unitPrice: "12 345,67", kind: "GOODS" }),
      lineInput({ description: "Pièces détachées", quantity: "25", unit: "kg", unitPrice: "12,99", kind: "GOODS" }),
    ],
  });
  record(SHAPE.exportUsd, usd, await issue(usd.member, exported.id, { exchangeRate: USD_EXCHANGE_RATE }));

  // --- Read back: detail and stored PDF ---------------------------------------------------------
  const shapes: IssuedShape[] = [];
  for (const [name, { workspace, documentId }] of ids) {
    const organizationId = workspace.organization.id;
    const document = await loadDocumentDetail(organizationId, documentId);
    const pdf = await loadDocumentPdf(organizationId, documentId);
    shapes.push({ name, workspace, organizationId, documentId, document, pdf });
  }
  const quotePdf = await loadDocumentPdf(main.organization.id, quote.id);
  return {
    shapes,
    byName: (name) => {
      const shape = shapes.find((candidate) => candidate.name === name);
      if (!shape) throw new Error(`no shape "${name}"`);
      return shape;
    },
    quote: { workspace: main, documentId: quote.id, pdf: quotePdf },
    workspaces: { main, franchise, usd },
  };
}

// --- Reading what was stored ------------------------------------------------------------------

/** Whitespace of every kind (line breaks, no-break and narrow no-break spaces) as one space. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/\u2212/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The visible text of server-rendered HTML: tags dropped, entities decoded, whitespace normalized. */
export function htmlText(html: string): string {
  const decoded = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return normalizeText(decoded);
}

/** "1234.5" / "-0.07" (a CII amount) → cents, exactly; throws on more than two decimals. */
function amountCents(text: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) throw new Error(`not a CII amount: ${text}`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  return match[1] ? -cents : cents;
}

export type XmlSummation = {
  lineTotal: number;
  taxBasisTotal: number;
  /** BT-110 (invoice currency) and, for another currency than EUR, BT-111 (EUR), by currencyID. */
  taxTotal: Record<string, number>;
  grandTotal: number;
  duePayable: number;
  prepaid: number | null;
};

/** The header monetary summation (BG-22) of a CII invoice, in cents. */
export function xmlSummation(xml: string): XmlSummation {
  const block =
    /<ram:SpecifiedTradeSettlementHeaderMonetarySummation>([\s\S]*?)<\/ram:SpecifiedTradeSettlementHeaderMonetarySummation>/.exec(
      xml,
    )?.[1];
  if (!block) throw new Error("no SpecifiedTradeSettlementHeaderMonetarySummation in the XML");
  const all = (tag: string) =>
    [...block.matchAll(new RegExp(`<ram:${tag}(?:\\s+currencyID="([A-Z]{3})")?>([^<]*)</ram:${tag}>`, "g"))].map(
      (match) => ({ currency: match[1] ?? null, cents: amountCents(match[2] ?? "") }),
    );
  const one = (tag: string) => {
    const found = all(tag);
    if (found.length !== 1) throw new Error(`${found.length} ram:${tag} in the summation`);
    return found[0]!.cents;
  };
  return {
    lineTotal: one("LineTotalAmount"),
    taxBasisTotal: one("TaxBasisTotalAmount"),
    taxTotal: Object.fromEntries(all("TaxTotalAmount").map((entry) => [entry.currency ?? "?", entry.cents])),
    grandTotal: one("GrandTotalAmount"),
    duePayable: one("DuePayableAmount"),
    prepaid: all("TotalPrepaidAmount")[0]?.cents ?? null,
  };
}

/** The first element's text (BT-1 ram:ID of ExchangedDocument…), by an anchored regex. */
export function xmlText(xml: string, pattern: RegExp): string | null {
  return pattern.exec(xml)?.[1] ?? null;
}

/** One XMP property's text (the x-default alternative / first item of a container). */
export function xmpValue(xmp: string, name: string): string | null {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xmp);
  if (!match) return null;
  const inner = /<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(match[1]!)?.[1] ?? match[1]!;
  return inner
    .trim()
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** "D:20261207093015Z" (or with +HH'mm') → the instant, in ms. */
export function pdfDate(value: string): number {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?$/.exec(value);
  if (!m) throw new Error(`not a PDF date: ${value}`);
  const zone = !m[7] || m[7] === "Z" ? "Z" : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, "").slice(3, 5)}`;
  return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
}

/** Info keys and the XMP properties PDF/A requires them to equal (ISO 19005-1 6.7.3, kept by part 3). */
export const INFO_XMP = {
  Title: "dc:title",
  Author: "dc:creator",
  Subject: "dc:description",
  Keywords: "pdf:Keywords",
  Creator: "xmp:CreatorTool",
  Producer: "pdf:Producer",
  CreationDate: "xmp:CreateDate",
  ModDate: "xmp:ModifyDate",
} as const;
