import { creditNoteInput } from "@/lib/documents/credit-notes/credit-note-schema";
import { normalizeExchangeRate } from "@/lib/documents/exchange-rate";
import { depositInput } from "@/lib/documents/quotes/deposit-schema";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { paymentInput } from "@/lib/payments/payment-schema";
import { sendDocumentInput } from "@/lib/sending/send-document-schema";
import type { FormCheck } from "@/components/forms/use-form-check";

// The document page's dialog forms checked in the browser with the schemas the server parses
// again. Imported on demand only (useFormCheck): these pull in zod, which the page does not
// need until a dialog form is submitted (issue 11).

/** Issuing a document in another currency than EUR: its exchange rate. */
export const exchangeRateCheck: FormCheck = (data) => {
  const raw = String(data.get("exchangeRate") ?? "").trim();
  if (raw === "") return { exchangeRate: ["exchange_rate_required"] };
  return normalizeExchangeRate(raw) === null ? { exchangeRate: ["exchange_rate_invalid"] } : null;
};

/** A deposit invoice of a quote: a percentage or an amount. */
export const depositCheck: FormCheck = (data) => {
  const result = depositInput.safeParse({ kind: data.get("kind"), value: data.get("value") });
  return result.success ? null : fieldErrorsOf(result.error);
};

/** A credit note of an invoice: all of it, or an amount. */
export const creditNoteCheck: FormCheck = (data) => {
  const result = creditNoteInput.safeParse({
    invoiceId: data.get("invoiceId"),
    mode: data.get("mode"),
    amount: data.get("amount") ?? undefined,
  });
  return result.success ? null : fieldErrorsOf(result.error);
};

/** A payment of an invoice. */
export const paymentCheck: FormCheck = (data) => {
  const result = paymentInput.safeParse(Object.fromEntries(data.entries()));
  return result.success ? null : fieldErrorsOf(result.error);
};

/** Sending a document or a reminder by email. */
export const sendCheck: FormCheck = (data) => {
  const result = sendDocumentInput.safeParse({
    recipients: data.getAll("recipients"),
    subject: data.get("subject"),
    message: data.get("message"),
  });
  return result.success ? null : fieldErrorsOf(result.error);
};
