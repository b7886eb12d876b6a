import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ArticleKind,
  ClientKind,
  DiscountKind,
  DocumentStatus,
  DocumentType,
  SupplyKind,
} from "@/lib/generated/prisma/enums";
import { paymentSelect, paymentView, type PaymentView } from "./payment-view";
import { calendarDate } from "./calendar-date";
import { recordIdOrNull } from "@/lib/validation/record-id";
import { documentNotFound } from "./document-errors";
import { contentLineSelect } from "./draft-content";
import type { ClientSnapshot, SellerSnapshot } from "./document-snapshots";
import { balanceCents, isPayableType, type DisplayStatus } from "./document-status";
import {
  dayOf,
  discountView,
  shownFields,
  shownFieldsSelect,
  shownLine,
  shownLineSelect,
  statusFieldsSelect,
  statusOfRow,
} from "./document-view-fields";
import type { RateTotals } from "./totals/compute-totals";
import type { VatCategory } from "@/lib/vat/vat-categories";

// The detail view of one document: everything the detail page, the editor and the PDF read,
// as plain data (dates "YYYY-MM-DD", instants ISO strings). Scoped by organization: another
// tenant's id is NOT_FOUND, exactly like a missing one.

/** Another document named by this one (its quote, its invoice, its conversions, credit notes, deductions). */
export type RelatedDocument = {
  id: string;
  type: DocumentType;
  status: DocumentStatus;
  displayStatus: DisplayStatus;
  number: string | null;
  issueDate: string | null;
  totalInclVatCents: number;
};

export type DocumentLineView = {
  id: string;
  position: number;
  articleId: string | null;
  description: string;
  quantityMilli: number;
  unit: string;
  unitPriceCents: number;
  discount: { kind: DiscountKind; value: number } | null;
  vatRateBps: number;
  vatCategory: VatCategory;
  /** A VATEX code of lib/vat/vat-categories.ts (null: S and Z lines). */
  vatExemptionCode: string | null;
  netCents: number;
  kind: ArticleKind;
  /** A final invoice's deduction of this deposit invoice (generated, not editable). */
  deductedDocumentId: string | null;
};

export type DocumentDetail = {
  id: string;
  type: DocumentType;
  status: DocumentStatus;
  displayStatus: DisplayStatus;
  /** Only a DRAFT's content may change (updateDraft, deleteDraft, issueDocument). */
  editable: boolean;
  series: string | null;
  sequence: number | null;
  number: string | null;
  title: string | null;
  issueDate: string | null;
  serviceDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
  currency: string;
  /** Non-EUR documents, frozen at issue: EUR for one unit of `currency` (decimal text), and the VAT total in EUR. */
  exchangeRate: string | null;
  vatTotalEurCents: number | null;
  language: string;
  pricesIncludeVat: boolean;
  vatExempt: boolean;
  discount: { kind: DiscountKind; value: number } | null;
  supplyKind: SupplyKind;
  purchaseOrderNumber: string | null;
  deliveryAddress: string | null;
  paymentTermsDays: number | null;
  paymentTermsEndOfMonth: boolean;
  notes: string | null;
  /** The live client row (the frozen one is clientSnapshot). */
  client: { id: string; name: string; kind: ClientKind; archived: boolean };
  sellerSnapshot: SellerSnapshot | null;
  clientSnapshot: ClientSnapshot | null;
  lines: DocumentLineView[];
  totals: { totalExclVatCents: number; totalVatCents: number; totalInclVatCents: number; discountCents: number };
  vatBreakdown: RateTotals[];
  paidCents: number;
  creditedCents: number;
  /** Invoices and deposit invoices: what is left to pay (negative: owed to the client); null otherwise. */
  balanceCents: number | null;
  payments: PaymentView[];
  depositPercentBps: number | null;
  related: {
    sourceQuote: RelatedDocument | null;
    creditedInvoice: RelatedDocument | null;
    /** A quote's invoices and deposit invoices. */
    conversions: RelatedDocument[];
    creditNotes: RelatedDocument[];
    /** A final invoice's deducted deposit invoices. */
    deductedDeposits: RelatedDocument[];
  };
  sentAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  issuedAt: string | null;
  createdAt: string;
  /** The version: updateDraft's expectedUpdatedAt. */
  updatedAt: string;
};

const relatedSelect = {
  ...statusFieldsSelect,
  id: true,
  number: true,
  issueDate: true,
} as const satisfies Prisma.DocumentSelect;

type RelatedRow = Prisma.DocumentGetPayload<{ select: typeof relatedSelect }>;

const detailSelect = {
  ...relatedSelect,
  ...shownFieldsSelect,
  series: true,
  sequence: true,
  discountKind: true,
  discountValue: true,
  deliveryAddress: true,
  sentAt: true,
  acceptedAt: true,
  declinedAt: true,
  issuedAt: true,
  createdAt: true,
  updatedAt: true,
  client: { select: { id: true, name: true, kind: true, archivedAt: true } },
  lines: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      ...contentLineSelect,
      ...shownLineSelect,
      deductedDocument: { select: relatedSelect },
    },
  },
  payments: { select: paymentSelect, orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
  sourceQuote: { select: relatedSelect },
  creditedInvoice: { select: relatedSelect },
  conversions: { select: relatedSelect, orderBy: { createdAt: "asc" } },
  creditNotes: { select: relatedSelect, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.DocumentSelect;

const instant = (date: Date | null) => (date ? date.toISOString() : null);

function related(row: RelatedRow, today: string): RelatedDocument {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    displayStatus: statusOfRow(row, today),
    number: row.number,
    issueDate: dayOf(row.issueDate),
    totalInclVatCents: row.totalInclVatCents,
  };
}

/** One document of the acting organization (documents.read); NOT_FOUND for any other id. */
export async function getDocument(member: MemberContext, documentId: string): Promise<DocumentDetail> {
  assertCan(member, "documents.read");
  return loadDocumentDetail(member.organizationId, documentId);
}

/**
 * The same view for callers that established the organization themselves without a member
 * (the PDF of a public share link, the PDF renderer): NOT_FOUND for a document of any other
 * organization. Never call it with an organization id that came from the client.
 */
export async function loadDocumentDetail(
  organizationId: string,
  documentId: string,
  /** The caller's transaction, to read what it wrote (issueDocument's last check). */
  client: Pick<Prisma.TransactionClient, "document"> = db,
): Promise<DocumentDetail> {
  if (recordIdOrNull(documentId) === null) throw documentNotFound();
  const row = await client.document.findFirst({
    where: { id: documentId, organizationId },
    select: detailSelect,
  });
  if (!row) throw documentNotFound();
  const today = calendarDate();
  const payable = isPayableType(row.type);
  const deducted = new Map<string, RelatedRow>();
  for (const line of row.lines)
    if (line.deductedDocument) deducted.set(line.deductedDocument.id, line.deductedDocument);
  return {
    ...shownFields(row),
    id: row.id,
    type: row.type,
    status: row.status,
    displayStatus: statusOfRow(row, today),
    editable: row.status === "DRAFT",
    series: row.series,
    sequence: row.sequence,
    number: row.number,
    language: row.language,
    discount: discountView(row.discountKind, row.discountValue),
    deliveryAddress: row.deliveryAddress,
    client: {
      id: row.client.id,
      name: row.client.name,
      kind: row.client.kind,
      archived: row.client.archivedAt !== null,
    },
    sellerSnapshot: row.sellerSnapshot as SellerSnapshot | null,
    clientSnapshot: row.clientSnapshot as ClientSnapshot | null,
    lines: row.lines.map((line) => ({
      ...shownLine(line),
      id: line.id,
      position: line.position,
      articleId: line.articleId,
      vatExemptionCode: line.vatExemptionCode,
      kind: line.kind,
      deductedDocumentId: line.deductedDocumentId,
    })),
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
    balanceCents: payable ? balanceCents(row) : null,
    payments: row.payments.map(paymentView),
    related: {
      sourceQuote: row.sourceQuote ? related(row.sourceQuote, today) : null,
      creditedInvoice: row.creditedInvoice ? related(row.creditedInvoice, today) : null,
      conversions: row.conversions.map((document) => related(document, today)),
      creditNotes: row.creditNotes.map((document) => related(document, today)),
      deductedDeposits: [...deducted.values()].map((document) => related(document, today)),
    },
    sentAt: instant(row.sentAt),
    acceptedAt: instant(row.acceptedAt),
    declinedAt: instant(row.declinedAt),
    issuedAt: instant(row.issuedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
