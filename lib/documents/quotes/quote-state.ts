import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { calendarDate, calendarFromDate } from "../calendar-date";
import { displayStatus, type DisplayStatus } from "../document-status";
import { lockDocument } from "../lifecycle/lock-document";
import { quoteNotFound } from "./quote-errors";

// Where a quote stands, as the lifecycle functions return it (a page shows the new status
// without reading again).

export type QuoteState = {
  id: string;
  number: string | null;
  status: DocumentStatus;
  displayStatus: DisplayStatus;
  /** "YYYY-MM-DD" */
  issueDate: string | null;
  validUntil: string | null;
  sentAt: Date | null;
  acceptedAt: Date | null;
  declinedAt: Date | null;
};

export const quoteStateSelect = {
  id: true,
  type: true,
  status: true,
  number: true,
  issueDate: true,
  validUntil: true,
  dueDate: true,
  totalInclVatCents: true,
  paidCents: true,
  creditedCents: true,
  sentAt: true,
  acceptedAt: true,
  declinedAt: true,
} as const;

type QuoteRow = Prisma.DocumentGetPayload<{ select: typeof quoteStateSelect }>;

export function quoteState(row: QuoteRow, today: string = calendarDate()): QuoteState {
  const day = (date: Date | null) => (date ? calendarFromDate(date) : null);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    displayStatus: quoteDisplayStatus(row, today),
    issueDate: day(row.issueDate),
    validUntil: day(row.validUntil),
    sentAt: row.sentAt,
    acceptedAt: row.acceptedAt,
    declinedAt: row.declinedAt,
  };
}

export function quoteDisplayStatus(row: QuoteRow, today: string = calendarDate()): DisplayStatus {
  return displayStatus(
    {
      type: row.type,
      status: row.status,
      validUntil: row.validUntil ? calendarFromDate(row.validUntil) : null,
      dueDate: row.dueDate ? calendarFromDate(row.dueDate) : null,
      totalInclVatCents: row.totalInclVatCents,
      paidCents: row.paidCents,
      creditedCents: row.creditedCents,
    },
    today,
  );
}

/**
 * Locks the quote row for the rest of the transaction and reads it; "quote_not_found" for
 * another organization's id or a document that is not a quote.
 */
export async function lockQuote(tx: Prisma.TransactionClient, organizationId: string, quoteId: string) {
  if (!(await lockDocument(tx, organizationId, quoteId))) throw quoteNotFound();
  const quote = await tx.document.findFirst({
    where: { id: quoteId, organizationId, type: "QUOTE" },
    select: quoteStateSelect,
  });
  if (!quote) throw quoteNotFound();
  return quote;
}
