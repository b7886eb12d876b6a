import { z } from "zod";
import { MAX_UNIT_LENGTH } from "@/lib/articles/article-units";
import { DRAFT_TYPES } from "@/lib/documents/create-draft";
import { DISCOUNT_KINDS, LINE_KINDS, MAX_LINES, documentLimits } from "@/lib/documents/document-schema";
import { DISPLAY_STATUSES } from "@/lib/documents/document-status";
import type { DocumentDetail, DocumentLineView } from "@/lib/documents/get-document";
import type { DocumentListRow } from "@/lib/documents/lists/find-document-page";
import { formatQuantity } from "@/lib/documents/parse-quantity";
import { isAppError } from "@/lib/errors/app-error";
import {
  ArticleKind,
  ClientKind,
  DocumentStatus,
  DocumentType,
  PaymentMethod,
  SupplyKind,
} from "@/lib/generated/prisma/enums";
import { centsToDecimalString } from "@/lib/money/format-money";
import { bpsToPercentText } from "@/lib/money/vat-rates";
import type { ShareLinkRow } from "@/lib/share-links/list-share-links";
import { VAT_CATEGORIES } from "@/lib/vat/vat-categories";

// The wire shape of documents in /api/v1: amounts in integer cents, quantities in thousandths,
// rates in basis points, as they are stored. The editor's schema (documentInput) takes values
// as people type them ("12,50", "5,5 %"): a body is turned into that input here, unit for unit,
// so every rule (French VAT rates, discounts, limits, dates) stays documentInput's and the
// draft functions'. Their field errors are named back with the API's field names.

const date = z.iso.date();
const instant = z.iso.datetime();
const nullableText = (max: number) => z.string().max(max).nullable();

const discountShape = z.strictObject({
  kind: z.enum(DISCOUNT_KINDS),
  value: z.int().min(0).describe("PERCENT: basis points (1000 = 10 %); AMOUNT: cents."),
});

const lineBody = z.strictObject({
  articleId: z.string().max(64).nullable().optional().describe("A catalogue article of the organization."),
  description: z.string().max(documentLimits.description),
  quantityMilli: z.int().describe("Thousandths of a unit: 1500 = 1.5."),
  unit: z.string().max(MAX_UNIT_LENGTH),
  unitPriceCents: z.int().describe("Excl. VAT, or incl. VAT when the document's pricesIncludeVat."),
  vatRateBps: z.int().describe("A French rate in basis points: 2000, 1000, 550, 210 or 0."),
  vatCategory: z.enum(VAT_CATEGORIES).nullable().optional().describe("EN 16931 category; null: the default."),
  vatExemptionCode: z.string().max(40).nullable().optional().describe("VATEX reason of an exempt line."),
  kind: z.enum(LINE_KINDS).optional().describe("SERVICE by default."),
  discount: discountShape.nullable().optional(),
});

export type DocumentLineBody = z.output<typeof lineBody>;

/** The editable content shared by POST and PATCH (every field optional: the draft rules say what is needed). */
const contentShape = {
  clientId: z.string().max(64),
  title: nullableText(documentLimits.title),
  issueDate: date.nullable(),
  serviceDate: date.nullable(),
  dueDate: date.nullable(),
  validUntil: date.nullable().describe("Quotes: last day of validity."),
  paymentTermsDays: z.int().min(0).max(365).nullable().describe("Null: the client's, then the organization's."),
  paymentTermsEndOfMonth: z.boolean(),
  pricesIncludeVat: z.boolean(),
  purchaseOrderNumber: nullableText(documentLimits.purchaseOrderNumber),
  deliveryAddress: nullableText(documentLimits.deliveryAddress),
  notes: nullableText(documentLimits.notes),
  language: z.enum(["fr", "en"]).nullable().describe("Absent or null: the client's, then the organization's."),
  discount: discountShape.nullable().describe("A discount on the whole document."),
  lines: z.array(lineBody).max(MAX_LINES),
};

type ContentShape = typeof contentShape;
const optionalContent = Object.fromEntries(
  Object.entries(contentShape).map(([key, schema]) => [key, schema.optional()]),
) as { [Key in keyof ContentShape]: z.ZodOptional<ContentShape[Key]> };

/** POST /documents: a draft quote, invoice or deposit invoice. */
export const documentCreateBody = z.strictObject({
  ...optionalContent,
  type: z.enum(DRAFT_TYPES),
  clientId: contentShape.clientId,
  lines: contentShape.lines.describe("At least one line."),
});

/** PATCH /documents/{id}: the fields to change; `lines`, when given, replace all the lines. */
export const documentPatchBody = z.strictObject({
  ...optionalContent,
  expectedUpdatedAt: instant
    .optional()
    .describe("The updatedAt you read: 409 document_changed when the draft changed since. Absent: no check."),
});

export type DocumentContentBody = Omit<z.output<typeof documentPatchBody>, "expectedUpdatedAt">;

// ——— API body → the editor's input (documentInput) ———

function discountInput(discount: { kind: "PERCENT" | "AMOUNT"; value: number } | null | undefined) {
  if (discount === undefined) return {};
  if (discount === null) return { discountKind: null, discountValue: null };
  const value = discount.kind === "PERCENT" ? bpsToPercentText(discount.value) : centsToDecimalString(discount.value);
  return { discountKind: discount.kind, discountValue: value };
}

function lineInput(line: DocumentLineBody) {
  return {
    articleId: line.articleId ?? null,
    description: line.description,
    // A quantity of 0 or less is no quantity: documentInput refuses it ("quantity_range").
    quantity: line.quantityMilli > 0 ? formatQuantity(line.quantityMilli, ".") : "0",
    unit: line.unit,
    unitPrice: centsToDecimalString(line.unitPriceCents),
    vatRate: String(line.vatRateBps),
    vatCategory: line.vatCategory ?? null,
    vatExemptionCode: line.vatExemptionCode ?? null,
    kind: line.kind,
    ...discountInput(line.discount),
  };
}

/** The body's fields as documentInput takes them; absent fields stay absent (the defaults apply). */
export function draftInputOf(body: DocumentContentBody): Record<string, unknown> {
  const { discount, lines, ...rest } = body;
  const input: Record<string, unknown> = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  if (lines !== undefined) input.lines = lines.map(lineInput);
  return { ...input, ...discountInput(discount) };
}

/** A stored draft's content as a PATCH body, so a PATCH can change some fields and keep the others. */
export function contentOf(document: DocumentDetail): DocumentContentBody {
  return {
    clientId: document.client.id,
    title: document.title,
    issueDate: document.issueDate,
    serviceDate: document.serviceDate,
    dueDate: document.dueDate,
    validUntil: document.validUntil,
    paymentTermsDays: document.paymentTermsDays,
    paymentTermsEndOfMonth: document.paymentTermsEndOfMonth,
    pricesIncludeVat: document.pricesIncludeVat,
    purchaseOrderNumber: document.purchaseOrderNumber,
    deliveryAddress: document.deliveryAddress,
    notes: document.notes,
    language: document.language === "en" ? "en" : "fr",
    discount: document.discount,
    // A final invoice's deposit deductions are generated: updateDraft appends them itself.
    lines: document.lines.filter((line) => line.deductedDocumentId === null).map(lineBodyOf),
  };
}

function lineBodyOf(line: DocumentLineView): DocumentLineBody {
  return {
    articleId: line.articleId,
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    vatRateBps: line.vatRateBps,
    vatCategory: line.vatCategory,
    vatExemptionCode: line.vatExemptionCode,
    kind: line.kind,
    discount: line.discount,
  };
}

// The editor's field names → the API's (field errors of documentInput and the draft functions).
const renamedFields: Record<string, string> = {
  quantity: "quantityMilli",
  unitPrice: "unitPriceCents",
  vatRate: "vatRateBps",
  discountKind: "discount.kind",
  discountValue: "discount.value",
  // A credit note's AMOUNT.
  amount: "amountCents",
};

export function apiFieldName(path: string): string {
  const parts = path.split(".");
  const last = parts.at(-1) ?? "";
  const renamed = renamedFields[last];
  return renamed ? [...parts.slice(0, -1), renamed].join(".") : path;
}

/** Runs a draft function; its field errors come out under the API's field names. */
export async function withApiFieldNames<Result>(run: () => Promise<Result>): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    const fieldErrors = isAppError(error) ? error.details.fieldErrors : undefined;
    if (isAppError(error) && fieldErrors) {
      error.details.fieldErrors = Object.fromEntries(
        Object.entries(fieldErrors).map(([path, messages]) => [apiFieldName(path), messages]),
      );
    }
    throw error;
  }
}

// ——— Resources ———

const relatedResource = z.strictObject({
  id: z.string(),
  type: z.enum(DocumentType),
  status: z.enum(DocumentStatus),
  displayStatus: z.enum(DISPLAY_STATUSES),
  number: z.string().nullable(),
  issueDate: date.nullable(),
  totalInclVatCents: z.int(),
});

const lineResource = z.strictObject({
  id: z.string(),
  position: z.int(),
  articleId: z.string().nullable(),
  description: z.string(),
  quantityMilli: z.int(),
  unit: z.string(),
  unitPriceCents: z.int(),
  discount: discountShape.nullable(),
  vatRateBps: z.int(),
  vatCategory: z.enum(VAT_CATEGORIES),
  vatExemptionCode: z.string().nullable(),
  netCents: z.int().describe("The line's amount after its discount (excl. or incl. VAT as its prices)."),
  kind: z.enum(ArticleKind),
  deductedDocumentId: z.string().nullable().describe("A final invoice's deduction of this deposit invoice."),
});

const paymentResource = z.strictObject({
  id: z.string(),
  documentId: z.string(),
  date,
  amountCents: z.int(),
  method: z.enum(PaymentMethod),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  createdById: z.string().nullable(),
  createdAt: instant,
});

export const shareLinkResource = z.strictObject({
  id: z.string(),
  state: z.enum(["active", "revoked", "expired"]),
  createdAt: instant,
  createdByName: z.string().nullable(),
  expiresAt: instant.nullable(),
  revokedAt: instant.nullable(),
  viewCount: z.int(),
  lastViewedAt: instant.nullable(),
  sentByEmail: z.boolean().describe("Made by a send (one link per email)."),
});

export const documentResource = z.strictObject({
  id: z.string(),
  type: z.enum(DocumentType),
  status: z.enum(DocumentStatus).describe("The stored lifecycle status."),
  displayStatus: z
    .enum(DISPLAY_STATUSES)
    .describe("As users see it: OVERDUE, PAID, EXPIRED… follow from dates and amounts."),
  editable: z.boolean().describe("Only a DRAFT may be updated, deleted or issued."),
  series: z.string().nullable(),
  sequence: z.int().nullable(),
  number: z.string().nullable().describe("Null until issued (a quote: until sent)."),
  title: z.string().nullable(),
  issueDate: date.nullable(),
  serviceDate: date.nullable(),
  dueDate: date.nullable(),
  validUntil: date.nullable(),
  currency: z.string(),
  exchangeRate: z.string().nullable(),
  vatTotalEurCents: z.int().nullable(),
  language: z.string(),
  pricesIncludeVat: z.boolean(),
  vatExempt: z.boolean(),
  discount: discountShape.nullable(),
  supplyKind: z.enum(SupplyKind),
  purchaseOrderNumber: z.string().nullable(),
  deliveryAddress: z.string().nullable(),
  paymentTermsDays: z.int().nullable(),
  paymentTermsEndOfMonth: z.boolean(),
  notes: z.string().nullable(),
  client: z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(ClientKind), archived: z.boolean() }),
  sellerSnapshot: z.record(z.string(), z.unknown()).nullable().describe("The seller as printed, frozen at issue."),
  clientSnapshot: z.record(z.string(), z.unknown()).nullable().describe("The client as printed, frozen at issue."),
  lines: z.array(lineResource),
  totals: z.strictObject({
    totalExclVatCents: z.int(),
    totalVatCents: z.int(),
    totalInclVatCents: z.int(),
    discountCents: z.int(),
  }),
  vatBreakdown: z.array(
    z.strictObject({
      vatCategory: z.enum(VAT_CATEGORIES),
      vatRateBps: z.int(),
      vatExemptionCode: z.string().nullable(),
      linesCents: z.int(),
      discountCents: z.int(),
      baseCents: z.int(),
      vatCents: z.int(),
      totalCents: z.int(),
    }),
  ),
  paidCents: z.int(),
  creditedCents: z.int(),
  balanceCents: z.int().nullable().describe("Invoices: left to pay (negative: owed to the client); null otherwise."),
  payments: z.array(paymentResource),
  depositPercentBps: z.int().nullable(),
  related: z.strictObject({
    sourceQuote: relatedResource.nullable(),
    creditedInvoice: relatedResource.nullable(),
    conversions: z.array(relatedResource).describe("A quote's invoices and deposit invoices."),
    creditNotes: z.array(relatedResource),
    deductedDeposits: z.array(relatedResource),
  }),
  shareLinks: z.array(shareLinkResource).describe("Public links (their URLs are shown once, when made)."),
  sentAt: instant.nullable(),
  acceptedAt: instant.nullable(),
  declinedAt: instant.nullable(),
  issuedAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant.describe("The version: PATCH's expectedUpdatedAt."),
});

export const documentListItemResource = z.strictObject({
  id: z.string(),
  type: z.enum(DocumentType),
  number: z.string().nullable(),
  issueDate: date.nullable(),
  dueDate: date.nullable(),
  client: z.strictObject({ id: z.string(), name: z.string() }),
  totalExclVatCents: z.int(),
  totalInclVatCents: z.int(),
  balanceCents: z.int().nullable(),
  displayStatus: z.enum(DISPLAY_STATUSES),
});

export function toShareLinkResource(link: ShareLinkRow): z.input<typeof shareLinkResource> {
  const { send, ...rest } = link;
  return { ...rest, sentByEmail: send !== null };
}

export function toDocumentResource(
  document: DocumentDetail,
  shareLinks: ShareLinkRow[],
): z.input<typeof documentResource> {
  return {
    ...document,
    sellerSnapshot: document.sellerSnapshot,
    clientSnapshot: document.clientSnapshot,
    payments: document.payments.map((payment) => ({ ...payment, createdAt: payment.createdAt.toISOString() })),
    shareLinks: shareLinks.map(toShareLinkResource),
  };
}

export function toDocumentListItem(row: DocumentListRow): z.input<typeof documentListItemResource> {
  return row;
}
