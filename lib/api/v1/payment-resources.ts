import { z } from "zod";
import type { PaymentListRow } from "@/lib/documents/lists/find-payment-page";
import { DISPLAY_STATUSES } from "@/lib/documents/document-status";
import type { PaymentView } from "@/lib/documents/payment-view";
import { DocumentType } from "@/lib/generated/prisma/enums";
import { centsToDecimalString } from "@/lib/money/format-money";
import type { InvoicePaymentState } from "@/lib/payments/invoice-payment-state";
import { PAYMENT_METHODS, paymentLimits } from "@/lib/payments/payment-limits";
import type { PaymentRawInput } from "@/lib/payments/payment-schema";

// The wire shape of payments (règlements) in /api/v1: amounts in cents where the payment form
// types euros. The rules (a past or today's date, a positive amount no more than what is left
// to pay, only issued invoices and deposit invoices) stay in lib/payments, which
// recordPayment applies to what toPaymentRawInput gives it.

const calendarDay = z.iso.date().describe("YYYY-MM-DD.");
const documentTypes = Object.values(DocumentType) as [DocumentType, ...DocumentType[]];

/** The API's field name for the domain's (amount → amountCents). */
export const paymentApiFieldNames: Record<string, string> = { amount: "amountCents" };

export const paymentRecordBody = z.strictObject({
  invoiceId: z.string().max(64).describe("An issued invoice or deposit invoice."),
  date: calendarDay.describe("The day the money was received (Europe/Paris), today or before."),
  amountCents: z.int().describe("In cents, more than 0 and at most what is left to pay."),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().max(paymentLimits.reference).nullable().optional().describe("Cheque or transfer reference."),
  note: z.string().max(paymentLimits.note).nullable().optional(),
});

export const paymentResource = z.strictObject({
  id: z.string(),
  invoiceId: z.string(),
  date: calendarDay,
  amountCents: z.int(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  createdById: z.string().nullable().describe("The member who recorded it (the token's creator through the API)."),
  createdAt: z.iso.datetime(),
});

export const invoicePaymentStateResource = z.strictObject({
  id: z.string(),
  type: z.enum(documentTypes),
  number: z.string().nullable(),
  totalInclVatCents: z.int(),
  paidCents: z.int(),
  creditedCents: z.int(),
  balanceCents: z.int().describe("total − paid − credited; negative: the client is owed money back."),
  displayStatus: z.enum(DISPLAY_STATUSES).describe("Derived from the amounts: PARTIALLY_PAID, PAID…"),
});

/** What recording a payment answers: the payment and where its invoice now stands. */
export const recordedPaymentResource = z.strictObject({
  payment: paymentResource,
  invoice: invoicePaymentStateResource,
});

/** What deleting a payment answers: where its invoice now stands. */
export const deletedPaymentResource = z.strictObject({ invoice: invoicePaymentStateResource });

export const paymentListItemResource = z.strictObject({
  id: z.string(),
  date: calendarDay,
  amountCents: z.int(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().nullable(),
  invoice: z.strictObject({ id: z.string(), type: z.enum(documentTypes), number: z.string().nullable() }),
  client: z.strictObject({ id: z.string(), name: z.string() }),
});

export function toPaymentRawInput(body: z.output<typeof paymentRecordBody>): PaymentRawInput {
  return {
    date: body.date,
    amount: centsToDecimalString(body.amountCents),
    method: body.method,
    reference: body.reference ?? null,
    note: body.note ?? null,
  };
}

export function toPaymentResource(payment: PaymentView): z.input<typeof paymentResource> {
  const { documentId, createdAt, ...rest } = payment;
  return { ...rest, invoiceId: documentId, createdAt: createdAt.toISOString() };
}

export function toInvoicePaymentState(state: InvoicePaymentState): z.input<typeof invoicePaymentStateResource> {
  return { ...state };
}

export function toPaymentListItem(row: PaymentListRow): z.input<typeof paymentListItemResource> {
  return { ...row, invoice: { ...row.invoice }, client: { ...row.client } };
}
