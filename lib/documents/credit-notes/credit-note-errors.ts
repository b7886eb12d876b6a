import { AppError } from "@/lib/errors/app-error";

// Failures of createCreditNote; codes translated in quoteErrors.* (lib/i18n/messages/payments-fr.ts).
// The database trigger raises credit_note_target_not_issued / credit_exceeds_invoice too when
// a credit note is issued, whatever the path.

export const creditedInvoiceNotFound = () => new AppError("NOT_FOUND", "invoice_not_found", "Invoice not found");

/** Only an issued invoice or deposit invoice is credited (a draft is simply edited or deleted). */
export const creditNoteTargetNotIssued = () =>
  new AppError(
    "CONFLICT",
    "credit_note_target_not_issued",
    "Only an issued invoice or deposit invoice can be credited",
  );

/** The credit note would take back more than what is left of the invoice after earlier credit notes. */
export const creditExceedsInvoice = (remainingCents: number) =>
  new AppError("CONFLICT", "credit_exceeds_invoice", "A credit note cannot exceed what is left of the invoice", {
    remainingCents,
  });

/** A partial credit note whose total is 0 (or less). */
export const creditNoteEmpty = () =>
  new AppError("VALIDATION", "credit_note_empty", "The credit note's total must be more than 0", {
    fieldErrors: { lines: ["credit_note_empty"] },
  });
