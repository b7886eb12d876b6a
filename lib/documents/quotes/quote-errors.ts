import { AppError } from "@/lib/errors/app-error";
import type { DisplayStatus } from "../document-status";

// Failures of the quote lifecycle functions (send, accept, decline, convert); codes are
// translated in quoteErrors.* (lib/i18n/messages/payments-fr.ts). `details.status` is the
// quote's status as users see it (displayStatus), so a message can say where it stands.

export const quoteNotFound = () => new AppError("NOT_FOUND", "quote_not_found", "Quote not found");

/** send: only a draft is sent (a sent quote keeps its number and content). */
export const quoteNotDraft = (status: DisplayStatus) =>
  new AppError("CONFLICT", "quote_not_draft", "This quote has already been sent", { status });

/** accept / decline: only a sent quote still valid. */
export const quoteNotSent = (status: DisplayStatus) =>
  new AppError("CONFLICT", "quote_not_sent", "Only a sent quote can be accepted or declined", { status });

/** A sent quote whose validity date has passed (EXPIRED): it can no longer be accepted. */
export const quoteExpired = (validUntil: string | null) =>
  new AppError("CONFLICT", "quote_expired", "This quote's validity date has passed", { validUntil });

/** convert: only a sent (still valid) or accepted quote. */
export const quoteNotConvertible = (status: DisplayStatus) =>
  new AppError("CONFLICT", "quote_not_convertible", "Only a sent or accepted quote can be invoiced", { status });

/** send: the validity date given on the draft has already passed. */
export const quoteValidUntilPast = (validUntil: string) =>
  new AppError("VALIDATION", "quote_valid_until_past", "The validity date has already passed", {
    validUntil,
    fieldErrors: { validUntil: ["quote_valid_until_past"] },
  });

/** send: a quote with nothing on it. */
export const quoteEmpty = () =>
  new AppError("VALIDATION", "quote_empty", "Add at least one line before sending the quote", {
    fieldErrors: { lines: ["lines_required"] },
  });

/** deposit: this deposit plus the deposits already invoiced would bill more than the quote. */
export const depositExceedsQuote = (remainingCents: number) =>
  new AppError("CONFLICT", "deposit_exceeds_quote", "Deposits cannot exceed the quote's total", {
    remainingCents,
    fieldErrors: { value: ["deposit_exceeds_quote"] },
  });

/** deposit: a percentage so small of the quote that it rounds to nothing. */
export const depositTooSmall = () =>
  new AppError("VALIDATION", "deposit_too_small", "The deposit rounds to 0,00 €", {
    fieldErrors: { value: ["deposit_too_small"] },
  });

/**
 * final invoice: a deposit invoice of this quote is still a draft. The final invoice deducts
 * issued deposits only, so the draft must be issued (or deleted) first.
 */
export const depositDraftPending = (documentIds: string[]) =>
  new AppError(
    "CONFLICT",
    "deposit_draft_pending",
    "A deposit invoice of this quote is still a draft: issue or delete it first",
    { documentIds },
  );
