import { AppError } from "@/lib/errors/app-error";

// Failures of createCreditNote. The others it throws are the document errors issueDocument
// throws too (creditExceedsInvoice, creditNoteTargetNotIssued, creditNoteEmpty in
// ../document-errors.ts), so a page shows one message whichever step refused.

export const creditedInvoiceNotFound = () => new AppError("NOT_FOUND", "invoice_not_found", "Invoice not found");
