import type { DocumentStatus, DocumentType } from "@/lib/generated/prisma/enums";

// What a document's status is, as users see it. The database stores the lifecycle
// (DocumentStatus); the rest follows from dates and amounts, so it can never disagree with
// the payments and credit notes behind it:
// - a SENT quote past its validity date is EXPIRED;
// - an issued invoice or deposit invoice fully credited is CANCELLED; with nothing left to
//   pay it is PAID; past its due date with something left it is OVERDUE; partly paid it is
//   PARTIALLY_PAID; otherwise ISSUED.
// `displayStatusSql` is the same rule for list queries (filter, sort, counts in SQL); a test
// checks both agree on every case.

export const DISPLAY_STATUSES = [
  "DRAFT",
  "SENT",
  "ACCEPTED",
  "DECLINED",
  "EXPIRED",
  "INVOICED",
  "ISSUED",
  "PARTIALLY_PAID",
  "OVERDUE",
  "PAID",
  "CANCELLED",
] as const;

export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** Invoices and deposit invoices: the documents that are paid (payments, balance, overdue). */
export const PAYABLE_TYPES = ["INVOICE", "DEPOSIT_INVOICE"] as const satisfies readonly DocumentType[];

export function isPayableType(type: DocumentType): boolean {
  return (PAYABLE_TYPES as readonly DocumentType[]).includes(type);
}

export type StatusFacts = {
  type: DocumentType;
  status: DocumentStatus;
  /** "YYYY-MM-DD" or null */
  validUntil: string | null;
  dueDate: string | null;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
};

/** What is left to pay on an invoice (negative: the client is owed money back). */
export function balanceCents(facts: Pick<StatusFacts, "totalInclVatCents" | "paidCents" | "creditedCents">): number {
  return facts.totalInclVatCents - facts.paidCents - facts.creditedCents;
}

/** `today` is the organization's calendar date, "YYYY-MM-DD" (see lib/documents/calendar-date.ts). */
export function displayStatus(facts: StatusFacts, today: string): DisplayStatus {
  if (facts.status === "DRAFT") return "DRAFT";
  if (facts.type === "QUOTE") {
    if (facts.status === "SENT" && facts.validUntil !== null && facts.validUntil < today) return "EXPIRED";
    return facts.status;
  }
  if (facts.type === "CREDIT_NOTE" || facts.status !== "ISSUED") return facts.status;
  if (facts.creditedCents > 0 && facts.creditedCents >= facts.totalInclVatCents) return "CANCELLED";
  if (balanceCents(facts) <= 0) return "PAID";
  if (facts.dueDate !== null && facts.dueDate < today) return "OVERDUE";
  if (facts.paidCents > 0) return "PARTIALLY_PAID";
  return "ISSUED";
}

/**
 * The same rule as an SQL expression over a "Document" row aliased `alias`, with the
 * calendar date of today as the parameter placeholder `todayParam` (e.g. "$2::date").
 * Only trusted identifiers go in here (never user input).
 */
export function displayStatusSql(alias: string, todayParam: string): string {
  const c = (column: string) => `${alias}."${column}"`;
  return `(CASE
    WHEN ${c("status")} = 'DRAFT' THEN 'DRAFT'
    WHEN ${c("type")} = 'QUOTE' THEN
      CASE WHEN ${c("status")} = 'SENT' AND ${c("validUntil")} < ${todayParam} THEN 'EXPIRED' ELSE ${c("status")}::text END
    WHEN ${c("type")} = 'CREDIT_NOTE' OR ${c("status")} <> 'ISSUED' THEN ${c("status")}::text
    WHEN ${c("creditedCents")} > 0 AND ${c("creditedCents")} >= ${c("totalInclVatCents")} THEN 'CANCELLED'
    WHEN ${c("totalInclVatCents")} - ${c("paidCents")} - ${c("creditedCents")} <= 0 THEN 'PAID'
    WHEN ${c("dueDate")} < ${todayParam} THEN 'OVERDUE'
    WHEN ${c("paidCents")} > 0 THEN 'PARTIALLY_PAID'
    ELSE 'ISSUED'
  END)`;
}
