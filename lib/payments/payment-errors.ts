import { AppError } from "@/lib/errors/app-error";

// Failures of the payment functions; codes are translated in payments.errors.* (and field
// codes in paymentValidation.*). The database triggers raise the same codes
// (facturo:payment_not_payable, facturo:payment_exceeds_balance) whatever the path.

export const invoiceNotFound = () => new AppError("NOT_FOUND", "invoice_not_found", "Invoice not found");

export const paymentNotFound = () => new AppError("NOT_FOUND", "payment_not_found", "Payment not found");

/** A draft, a quote or a credit note: only issued invoices and deposit invoices take payments. */
export const paymentNotPayable = () =>
  new AppError("CONFLICT", "payment_not_payable", "Only an issued invoice or deposit invoice can receive payments");

/**
 * The amount is more than what is left to pay. `remainingCents` is the balance at the time of
 * the check (0 when nothing is left, e.g. paid or cancelled by a credit note).
 */
export const paymentExceedsBalance = (remainingCents: number | null) =>
  new AppError("CONFLICT", "payment_exceeds_balance", "The amount is more than what is left to pay", {
    remainingCents,
    fieldErrors: { amount: ["payment_exceeds_balance"] },
  });
