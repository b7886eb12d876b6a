import { AppError, isAppError } from "@/lib/errors/app-error";
import {
  creditExceedsInvoice,
  creditNoteTargetNotIssued,
  creditNoteWithoutInvoice,
  documentArticleNotFound,
  documentClientNotFound,
  documentFrozen,
  documentInUse,
  documentNotFound,
  numberTaken,
} from "./document-errors";

// What the database refuses on documents, as AppErrors. The functions check the same rules
// first (under row locks), so these surface only when another path or a race gets past the
// checks; they must still read as the same clear message, never as a 500.
//
// Shapes seen (Prisma 7 with either driver adapter, pglite-prisma-adapter or adapter-pg):
// a PrismaClientKnownRequestError whose `meta.driverAdapterError` is a DriverAdapterError
// whose `cause` holds the driver's facts:
// - trigger RAISE (SQLSTATE P0001): Prisma code P2039 (model queries) or P2010 (raw
//   queries), cause { kind: "postgres", code: "P0001", message: "facturo:<code>", detail };
// - unique violation: P2002, cause { kind: "UniqueConstraintViolation", originalCode: "23505",
//   originalMessage: `duplicate key value violates unique constraint "<name>"` };
// - foreign key: P2003, cause { kind: "ForeignKeyConstraintViolation", originalCode: "23503",
//   constraint: { index: "<name>" }, originalMessage: "insert or update on table …" or
//   "update or delete on table …" (a RESTRICT refusing a delete) }.
// The reader below does not depend on where exactly each fact sits: it collects the texts of
// the error, its meta and causes, and looks for the codes and constraint names in them.

const triggerErrors: Record<string, () => AppError> = {
  document_frozen: () => documentFrozen(),
  credit_note_without_invoice: creditNoteWithoutInvoice,
  credit_note_target_not_issued: creditNoteTargetNotIssued,
  credit_exceeds_invoice: () => creditExceedsInvoice(),
  payment_frozen: () =>
    new AppError("CONFLICT", "payment_frozen", "A payment is never changed: delete it and record it again"),
  payment_amount_positive: () =>
    new AppError("VALIDATION", "payment_amount_positive", "A payment's amount must be more than 0", {
      fieldErrors: { amount: ["payment_amount_positive"] },
    }),
  // Write-once evidence: a stored PDF, its file, a client's answer to a quote.
  evidence_immutable: () =>
    new AppError("CONFLICT", "evidence_immutable", "This record is evidence: it can never be changed or deleted"),
  payment_not_payable: () =>
    new AppError("CONFLICT", "payment_not_payable", "Only an issued invoice or deposit invoice can be paid"),
  payment_exceeds_balance: () =>
    new AppError("CONFLICT", "payment_exceeds_balance", "The payment exceeds what is left to pay", {
      fieldErrors: { amount: ["payment_exceeds_balance"] },
    }),
};

/** Foreign keys a document write can break: what a missing target means to the user. */
const foreignKeyErrors: Record<string, () => AppError> = {
  Document_organizationId_clientId_fkey: documentClientNotFound,
  DocumentLine_organizationId_articleId_fkey: () => documentArticleNotFound([]),
  Document_organizationId_creditedInvoiceId_fkey: () =>
    new AppError("NOT_FOUND", "invoice_not_found", "Invoice not found"),
  DocumentLine_organizationId_deductedDocumentId_fkey: () =>
    new AppError("NOT_FOUND", "invoice_not_found", "Invoice not found"),
  Payment_organizationId_documentId_fkey: () => new AppError("NOT_FOUND", "invoice_not_found", "Invoice not found"),
  Document_organizationId_sourceQuoteId_fkey: () => new AppError("NOT_FOUND", "quote_not_found", "Quote not found"),
  DocumentLine_organizationId_documentId_fkey: documentNotFound,
};

const numberConstraints = ["Document_organizationId_number_key", "Document_organizationId_series_sequence_key"];

/** Keys whose values are error codes or kinds (P2002, 23505, UniqueConstraintViolation…). */
const codeKeys = new Set(["code", "originalCode", "kind", "name"]);

/**
 * Every text an error carries (message, meta, causes, nested driver errors), with the codes
 * apart: a code is only looked for where codes are, never inside a message (ids contain digits).
 */
function factsOf(error: unknown): { texts: string[]; codes: Set<string> } {
  const texts: string[] = [];
  const codes = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, key: string, depth: number) => {
    if (depth > 6 || value === null || value === undefined) return;
    if (typeof value === "string") {
      if (codeKeys.has(key)) codes.add(value);
      else texts.push(value);
      return;
    }
    if (typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    // message and cause of an Error are not enumerable.
    for (const child of new Set([...Object.keys(record), "message", "cause", "code", "name"])) {
      if (child === "stack" || child === "clientVersion") continue;
      visit(record[child], child, depth + 1);
    }
  };
  visit(error, "", 0);
  return { texts, codes };
}

/** "facturo:<code>" raised by a trigger, wherever the driver put it; null otherwise. */
export function triggerCodeOf(error: unknown): string | null {
  for (const text of factsOf(error).texts) {
    const match = text.match(/facturo:([a-z_]+)/);
    if (match) return match[1]!;
  }
  return null;
}

/**
 * The AppError a database refusal on documents stands for, or null when the error is
 * something else (then it is unexpected: let it through).
 */
export function documentDbError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  const code = triggerCodeOf(error);
  if (code) return triggerErrors[code]?.() ?? new AppError("CONFLICT", code, `Refused by the database (${code})`);
  const { texts, codes } = factsOf(error);
  const has = (needle: string) => texts.some((text) => text.includes(needle));
  const isUnique = codes.has("P2002") || codes.has("23505") || codes.has("UniqueConstraintViolation");
  if (isUnique) {
    if (numberConstraints.some(has) || texts.some((text) => /`number`|`sequence`/.test(text))) return numberTaken();
    return null;
  }
  const isForeignKey = codes.has("P2003") || codes.has("23503") || codes.has("ForeignKeyConstraintViolation");
  if (isForeignKey) {
    // A RESTRICT refusing to delete a row that another one still names.
    if (has("update or delete on table")) return documentInUse();
    const constraint = Object.keys(foreignKeyErrors).find(has);
    return constraint ? foreignKeyErrors[constraint]!() : null;
  }
  return null;
}

/** Runs a document write and rethrows the database's refusals as AppErrors (see documentDbError). */
export async function withDocumentDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw documentDbError(error) ?? error;
  }
}
