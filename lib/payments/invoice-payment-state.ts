import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { balanceCents, displayStatus, type DisplayStatus } from "@/lib/documents/document-status";
import type { DocumentStatus, DocumentType } from "@/lib/generated/prisma/enums";

// Where an invoice stands with its payments: what the payment functions return so a page can
// show the new status and balance without reading again. Status is never stored: it derives
// from the amounts the database triggers keep (paidCents, creditedCents).

export type InvoicePaymentState = {
  id: string;
  type: DocumentType;
  number: string | null;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  /** total − paid − credited (negative: the client is owed money back). */
  balanceCents: number;
  displayStatus: DisplayStatus;
};

export const invoicePaymentStateSelect = {
  id: true,
  type: true,
  status: true,
  number: true,
  validUntil: true,
  dueDate: true,
  totalInclVatCents: true,
  paidCents: true,
  creditedCents: true,
} as const;

type Row = {
  id: string;
  type: DocumentType;
  status: DocumentStatus;
  number: string | null;
  validUntil: Date | null;
  dueDate: Date | null;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
};

export function invoicePaymentState(row: Row, today: string = calendarDate()): InvoicePaymentState {
  const facts = {
    type: row.type,
    status: row.status,
    validUntil: row.validUntil ? calendarFromDate(row.validUntil) : null,
    dueDate: row.dueDate ? calendarFromDate(row.dueDate) : null,
    totalInclVatCents: row.totalInclVatCents,
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
  };
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    totalInclVatCents: row.totalInclVatCents,
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
    balanceCents: balanceCents(facts),
    displayStatus: displayStatus(facts, today),
  };
}
