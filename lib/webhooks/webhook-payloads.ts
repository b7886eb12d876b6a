import "server-only";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import type { ClientSnapshot } from "@/lib/documents/document-snapshots";
import { balanceCents, displayStatus } from "@/lib/documents/document-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentMethod } from "@/lib/generated/prisma/enums";

// What an event's `data` says: a plain summary of the resource, the same fields the API
// shows, never a secret nor anything of another organization. Amounts in cents.

export type DocumentWebhookData = {
  id: string;
  type: string;
  number: string | null;
  /** As users see it (PAID, OVERDUE… derived from the amounts and dates). */
  status: string;
  client: { id: string; name: string };
  currency: string;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  balanceCents: number;
  /** "YYYY-MM-DD" or null */
  issueDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
};

export type PaymentWebhookData = {
  id: string;
  documentId: string;
  amountCents: number;
  /** "YYYY-MM-DD" */
  date: string;
  method: PaymentMethod;
};

export type ClientWebhookData = { id: string; name: string };

export const documentWebhookSelect = {
  id: true,
  type: true,
  status: true,
  number: true,
  clientId: true,
  clientSnapshot: true,
  client: { select: { name: true } },
  currency: true,
  totalExclVatCents: true,
  totalVatCents: true,
  totalInclVatCents: true,
  paidCents: true,
  creditedCents: true,
  issueDate: true,
  dueDate: true,
  validUntil: true,
} as const satisfies Prisma.DocumentSelect;

type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentWebhookSelect }>;

const day = (date: Date | null) => (date ? calendarFromDate(date) : null);

export function documentWebhookData(row: DocumentRow, today: string = calendarDate()): DocumentWebhookData {
  const facts = {
    type: row.type,
    status: row.status,
    validUntil: day(row.validUntil),
    dueDate: day(row.dueDate),
    totalInclVatCents: row.totalInclVatCents,
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
  };
  return {
    id: row.id,
    type: row.type,
    number: row.number,
    status: displayStatus(facts, today),
    // The name the document states (frozen at issue), else the client's current one.
    client: { id: row.clientId, name: (row.clientSnapshot as ClientSnapshot | null)?.name ?? row.client.name },
    currency: row.currency,
    totalExclVatCents: row.totalExclVatCents,
    totalVatCents: row.totalVatCents,
    totalInclVatCents: row.totalInclVatCents,
    paidCents: row.paidCents,
    creditedCents: row.creditedCents,
    balanceCents: balanceCents(row),
    issueDate: day(row.issueDate),
    dueDate: facts.dueDate,
    validUntil: facts.validUntil,
  };
}

export function paymentWebhookData(row: {
  id: string;
  documentId: string;
  amountCents: number;
  date: Date;
  method: PaymentMethod;
}): PaymentWebhookData {
  return {
    id: row.id,
    documentId: row.documentId,
    amountCents: row.amountCents,
    date: calendarFromDate(row.date),
    method: row.method,
  };
}
