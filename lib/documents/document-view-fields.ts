import type { Prisma } from "@/lib/generated/prisma/client";
import type { DiscountKind } from "@/lib/generated/prisma/enums";
import { calendarFromDate } from "./calendar-date";
import { displayStatus, type DisplayStatus } from "./document-status";
import { lineContentSelect } from "./draft-content";
import { FRANCHISE_EXEMPTION_CODE, lineVatCategory, type RateTotals } from "./totals/compute-totals";

// What a document's page (getDocument) and its public page (loadPublicDocument) both show of a
// stored document, read and mapped here once: the status inputs, the terms and totals, the lines.
// Each view adds its own fields (ids and history for members; nothing internal for the public).

/** "YYYY-MM-DD" of a stored date column. */
export const dayOf = (date: Date | null) => (date ? calendarFromDate(date) : null);

export function discountView(kind: DiscountKind | null, value: number | null) {
  return kind !== null && value !== null ? { kind, value } : null;
}

/** The columns displayStatus reads. */
export const statusFieldsSelect = {
  type: true,
  status: true,
  validUntil: true,
  dueDate: true,
  totalInclVatCents: true,
  paidCents: true,
  creditedCents: true,
} as const satisfies Prisma.DocumentSelect;

type StatusFields = Prisma.DocumentGetPayload<{ select: typeof statusFieldsSelect }>;

/** displayStatus of a stored row, on `today` ("YYYY-MM-DD", Europe/Paris). */
export function statusOfRow(row: StatusFields, today: string): DisplayStatus {
  return displayStatus(
    {
      type: row.type,
      status: row.status,
      validUntil: dayOf(row.validUntil),
      dueDate: dayOf(row.dueDate),
      totalInclVatCents: row.totalInclVatCents,
      paidCents: row.paidCents,
      creditedCents: row.creditedCents,
    },
    today,
  );
}

/** The columns both pages show besides the status: dates, currency, terms, snapshots, totals. */
export const shownFieldsSelect = {
  ...statusFieldsSelect,
  number: true,
  title: true,
  language: true,
  issueDate: true,
  serviceDate: true,
  currency: true,
  exchangeRate: true,
  vatTotalEurCents: true,
  pricesIncludeVat: true,
  vatExempt: true,
  supplyKind: true,
  purchaseOrderNumber: true,
  paymentTermsDays: true,
  paymentTermsEndOfMonth: true,
  notes: true,
  sellerSnapshot: true,
  clientSnapshot: true,
  totalExclVatCents: true,
  totalVatCents: true,
  discountCents: true,
  vatBreakdown: true,
  depositPercentBps: true,
} as const satisfies Prisma.DocumentSelect;

type ShownFields = Prisma.DocumentGetPayload<{ select: typeof shownFieldsSelect }>;

/**
 * The stored VAT breakdown. Rows written before VAT categories existed have none: their
 * category is the one computeTotals gave such lines (E under the franchise, else S above 0 %).
 */
export function breakdownView(stored: Prisma.JsonValue, vatExempt: boolean): RateTotals[] {
  return (stored as Partial<RateTotals>[]).map((rate) => ({
    ...(rate as RateTotals),
    vatCategory: rate.vatCategory ?? (vatExempt ? "E" : lineVatCategory({ vatRateBps: rate.vatRateBps ?? 0 })),
    vatExemptionCode: rate.vatExemptionCode ?? (vatExempt ? FRANCHISE_EXEMPTION_CODE : null),
  }));
}

/** The shown columns as plain data (dates "YYYY-MM-DD"); number and language are each view's own. */
export function shownFields(row: ShownFields) {
  return {
    title: row.title,
    issueDate: dayOf(row.issueDate),
    serviceDate: dayOf(row.serviceDate),
    dueDate: dayOf(row.dueDate),
    validUntil: dayOf(row.validUntil),
    currency: row.currency,
    exchangeRate: row.exchangeRate,
    vatTotalEurCents: row.vatTotalEurCents,
    pricesIncludeVat: row.pricesIncludeVat,
    vatExempt: row.vatExempt,
    supplyKind: row.supplyKind,
    purchaseOrderNumber: row.purchaseOrderNumber,
    paymentTermsDays: row.paymentTermsDays,
    paymentTermsEndOfMonth: row.paymentTermsEndOfMonth,
    notes: row.notes,
    totals: {
      totalExclVatCents: row.totalExclVatCents,
      totalVatCents: row.totalVatCents,
      totalInclVatCents: row.totalInclVatCents,
      discountCents: row.discountCents,
    },
    vatBreakdown: breakdownView(row.vatBreakdown, row.vatExempt),
    depositPercentBps: row.depositPercentBps,
  };
}

/** A line's columns both pages read: the stored content and its net (shownLine picks what they show). */
export const shownLineSelect = { ...lineContentSelect, netCents: true } as const satisfies Prisma.DocumentLineSelect;

type ShownLine = Prisma.DocumentLineGetPayload<{ select: typeof shownLineSelect }>;

export function shownLine(line: ShownLine) {
  return {
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    discount: discountView(line.discountKind, line.discountValue),
    vatRateBps: line.vatRateBps,
    vatCategory: line.vatCategory,
    netCents: line.netCents,
  };
}
