import { AppError } from "@/lib/errors/app-error";

// Failures of the document functions (drafts, issue, detail). Codes are translated in
// documentErrors.* and, for the ones tied to a form field (fieldErrors), documentValidation.*
// (lib/i18n/messages/document-errors-fr.ts). The database triggers' refusals become the same
// errors (document-db-errors.ts).

/** Missing, or another organization's: the two look the same. */
export const documentNotFound = () => new AppError("NOT_FOUND", "document_not_found", "Document not found");

/** The document left DRAFT (issued invoice, sent quote…): its content can no longer change. */
export const documentFrozen = (status?: string) =>
  new AppError("CONFLICT", "document_frozen", "This document is no longer a draft: it cannot be changed or deleted", {
    ...(status ? { status } : {}),
  });

/** The editor saved over a version someone else (or another tab) changed since it was loaded. */
export const documentChanged = (updatedAt: string) =>
  new AppError("CONFLICT", "document_changed", "This document was changed since you opened it", { updatedAt });

export const documentTypeInvalid = (type: string) =>
  new AppError("VALIDATION", "document_type_invalid", `A ${type} cannot be created or issued this way`, {
    type,
  });

/** Quotes are sent, not issued; only invoices, deposit invoices and credit notes are issued. */
export const documentNotIssuable = (type: string) =>
  new AppError("CONFLICT", "document_not_issuable", `A ${type} is not issued`, { type });

export const documentClientNotFound = () =>
  new AppError("VALIDATION", "client_not_found", "This client does not exist in the organization", {
    fieldErrors: { clientId: ["client_not_found"] },
  });

export const documentClientArchived = () =>
  new AppError("VALIDATION", "client_archived", "This client is archived: restore it to make a new document", {
    fieldErrors: { clientId: ["client_archived"] },
  });

/** A credit note stays with the client of the invoice it credits. */
export const creditNoteClientFixed = () =>
  new AppError("VALIDATION", "credit_note_client_fixed", "A credit note keeps the client of its invoice", {
    fieldErrors: { clientId: ["credit_note_client_fixed"] },
  });

/** `lineIndexes`: 0-based indexes of the lines naming an article that is not the organization's. */
export const documentArticleNotFound = (lineIndexes: number[]) =>
  new AppError("VALIDATION", "article_not_found", "An article of these lines does not exist in the catalogue", {
    fieldErrors: Object.fromEntries(lineIndexes.map((index) => [`lines.${index}.articleId`, ["article_not_found"]])),
  });

export const documentEmpty = () =>
  new AppError("VALIDATION", "document_empty", "Add at least one line before issuing", {
    fieldErrors: { lines: ["lines_required"] },
  });

export const documentTotalNegative = (totalInclVatCents: number) =>
  new AppError("VALIDATION", "document_total_negative", "A document's total cannot be negative", {
    totalInclVatCents,
  });

/** `missing`: settings fields to fill in (legalName, addressLine1, postalCode, city, siren). */
export const sellerIdentityIncomplete = (missing: string[]) =>
  new AppError(
    "VALIDATION",
    "seller_identity_incomplete",
    `Complete the organization's legal identity before issuing: ${missing.join(", ")}`,
    { missing },
  );

export const issueDateFuture = () =>
  new AppError("VALIDATION", "issue_date_future", "A document cannot be issued with a future date", {
    fieldErrors: { issueDate: ["issue_date_future"] },
  });

export const dueBeforeIssue = () =>
  new AppError("VALIDATION", "due_before_issue", "The due date is before the issue date", {
    fieldErrors: { dueDate: ["due_before_issue"] },
  });

export const numberTaken = () =>
  new AppError(
    "CONFLICT",
    "number_taken",
    "This number is already used by another document (was the numbering format changed?)",
  );

/** Another document still refers to this one (a deduction, a credit note, a conversion). */
export const documentInUse = () => new AppError("CONFLICT", "document_in_use", "Another document refers to this one");

export const creditNoteWithoutInvoice = () =>
  new AppError("VALIDATION", "credit_note_without_invoice", "A credit note must refer to an invoice");

export const creditNoteTargetNotIssued = () =>
  new AppError(
    "CONFLICT",
    "credit_note_target_not_issued",
    "Only an issued invoice or deposit invoice can be credited",
  );

export const creditExceedsInvoice = (remainingCents?: number) =>
  new AppError("CONFLICT", "credit_exceeds_invoice", "A credit note cannot exceed what is left of the invoice", {
    ...(remainingCents === undefined ? {} : { remainingCents }),
  });

export const creditNoteEmpty = () =>
  new AppError("VALIDATION", "credit_note_empty", "The credit note's total must be more than 0", {
    fieldErrors: { lines: ["credit_note_empty"] },
  });
