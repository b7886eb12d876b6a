import type { DocumentType } from "@/lib/generated/prisma/enums";
import { isPayableType, type DisplayStatus } from "./document-status";

// Which actions a document allows in its state: one table, pure (no Prisma, no "server-only"),
// read by the lifecycle functions' guards (with the row locked) and by the document page's
// buttons (components/documents/document-actions.tsx), so the page offers exactly what the
// server accepts. Roles are another question (lib/auth/permissions.ts); so are amounts (what a
// credit note may still take, what is left to pay), checked where they are known.

/** Types that are issued (numbered and frozen). A quote is sent instead. */
export const ISSUABLE_TYPES = ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] as const satisfies readonly DocumentType[];

/** The display statuses of an issued invoice or deposit invoice, whatever its payments and credits. */
const ISSUED_STATUSES: readonly DisplayStatus[] = ["ISSUED", "PARTIALLY_PAID", "OVERDUE", "PAID", "CANCELLED"];

export type DocumentActionName =
  | "edit"
  | "delete"
  | "issue"
  | "sendQuote"
  | "answerQuote"
  | "convertQuote"
  | "createCreditNote"
  | "recordPayment"
  | "duplicate";

export function isIssuableType(type: DocumentType): boolean {
  return (ISSUABLE_TYPES as readonly DocumentType[]).includes(type);
}

/** An invoice or deposit invoice that was issued: it can be paid and credited. */
function issuedPayable(type: DocumentType, status: DisplayStatus): boolean {
  return isPayableType(type) && ISSUED_STATUSES.includes(status);
}

const rules: Record<DocumentActionName, (type: DocumentType, status: DisplayStatus) => boolean> = {
  // Only a draft's content changes; a draft was never numbered, so it may go.
  edit: (_type, status) => status === "DRAFT",
  delete: (_type, status) => status === "DRAFT",
  issue: (type, status) => status === "DRAFT" && isIssuableType(type),
  // Sending a draft quote numbers it (its "issue").
  sendQuote: (type, status) => type === "QUOTE" && status === "DRAFT",
  // Accepted or declined while sent and still valid (EXPIRED is a status of its own).
  answerQuote: (type, status) => type === "QUOTE" && status === "SENT",
  // Sending then converting accepts the quote in passing.
  convertQuote: (type, status) => type === "QUOTE" && (status === "SENT" || status === "ACCEPTED"),
  createCreditNote: issuedPayable,
  recordPayment: issuedPayable,
  duplicate: () => true,
};

/** Whether a document of this type in this display status allows the action. */
export function allowsAction(action: DocumentActionName, type: DocumentType, status: DisplayStatus): boolean {
  return rules[action](type, status);
}

/** Every action the document allows, in the table's order. */
export function allowedActions(type: DocumentType, status: DisplayStatus): DocumentActionName[] {
  return (Object.keys(rules) as DocumentActionName[]).filter((action) => rules[action](type, status));
}
