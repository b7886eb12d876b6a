import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import type { DocumentStatus, DocumentType, PaymentMethod } from "@/lib/generated/prisma/enums";

// Documents for the list tests, written straight to the database: an issued row may be
// inserted as it is (the triggers only freeze rows that leave DRAFT), payments go through the
// Payment table (its trigger keeps paidCents) and credit notes through DRAFT → ISSUED (its
// trigger credits the invoice) — so paidCents and creditedCents are what the app would have.

export const today = calendarDate();
export const daysAgo = (days: number) => addDays(today, -days);
export const inDays = (days: number) => addDays(today, days);

const prefixes: Record<DocumentType, string> = { INVOICE: "F", DEPOSIT_INVOICE: "AC", CREDIT_NOTE: "AV", QUOTE: "D" };
const counters = new Map<string, number>();

export type DocumentFixture = {
  type?: DocumentType;
  status?: DocumentStatus;
  /** Defaults to the next number of the type in this organization ("F-2026-00001"); null for drafts. */
  number?: string | null;
  issueDate?: string | null;
  dueDate?: string | null;
  validUntil?: string | null;
  /** Total excl. VAT in cents; VAT is 20 % of it. */
  exclCents?: number;
  creditedInvoiceId?: string;
};

export async function insertDocument(organizationId: string, clientId: string, fixture: DocumentFixture = {}) {
  const type = fixture.type ?? "INVOICE";
  const status = fixture.status ?? (type === "QUOTE" ? "SENT" : "ISSUED");
  const excl = fixture.exclCents ?? 10_000;
  const vat = excl / 5;
  let number = fixture.number;
  let sequence: number | null = null;
  const year = today.slice(0, 4);
  if (number === undefined) {
    if (status === "DRAFT") number = null;
    else {
      const key = `${organizationId}:${type}`;
      sequence = (counters.get(key) ?? 0) + 1;
      counters.set(key, sequence);
      number = `${prefixes[type]}-${year}-${String(sequence).padStart(5, "0")}`;
    }
  }
  const issueDate = fixture.issueDate === undefined ? (status === "DRAFT" ? null : today) : fixture.issueDate;
  const asDate = (day: string | null | undefined) => (day ? dateFromCalendar(day) : null);
  const data = {
    organizationId,
    clientId,
    type,
    series: sequence !== null ? `${type}-${year}` : null,
    sequence,
    number,
    issueDate: asDate(issueDate),
    dueDate: asDate(
      fixture.dueDate === undefined && type !== "QUOTE" && issueDate ? addDays(issueDate, 30) : fixture.dueDate,
    ),
    validUntil: asDate(fixture.validUntil),
    totalExclVatCents: excl,
    totalVatCents: vat,
    totalInclVatCents: excl + vat,
    creditedInvoiceId: fixture.creditedInvoiceId ?? null,
  };
  if (type === "CREDIT_NOTE" && status === "ISSUED") {
    // Issued the way the app issues it, so the invoice is credited by the trigger.
    const draft = await db.document.create({ data: { ...data, status: "DRAFT" } });
    return db.document.update({ where: { id: draft.id }, data: { status: "ISSUED" } });
  }
  return db.document.create({ data: { ...data, status } });
}

export async function pay(
  document: { id: string; organizationId: string },
  amountCents: number,
  options: { date?: string; method?: PaymentMethod; reference?: string | null } = {},
) {
  return db.payment.create({
    data: {
      organizationId: document.organizationId,
      documentId: document.id,
      amountCents,
      date: dateFromCalendar(options.date ?? today),
      method: options.method ?? "TRANSFER",
      reference: options.reference ?? null,
    },
  });
}

/** A credit note for `exclCents` (VAT 20 % on top) against an issued invoice. */
export async function credit(invoice: { id: string; organizationId: string; clientId: string }, exclCents: number) {
  return insertDocument(invoice.organizationId, invoice.clientId, {
    type: "CREDIT_NOTE",
    exclCents,
    creditedInvoiceId: invoice.id,
    dueDate: null,
  });
}
