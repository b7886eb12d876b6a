import { z } from "zod";
import { paymentSorts } from "@/lib/documents/lists/document-list-query";
import { PAYMENT_METHODS } from "@/lib/payments/payment-limits";
import { defineEndpoint } from "../api-endpoint";
import { pageSchema, paginationQueryShape } from "../pagination";
import {
  deletedPaymentResource,
  paymentListItemResource,
  paymentRecordBody,
  recordedPaymentResource,
} from "./payment-resources";

// /api/v1/payments: the payments page's list (same filters, search and order) or one
// invoice's payments, recording a payment on an invoice and deleting one, over lib/payments.

const tag = "Payments";

/** The filters of the payments page, which `invoice` does not combine with. */
export const paymentPageFilters = ["q", "method", "client", "from", "to", "sort", "dir"] as const;

export const listPaymentsEndpoint = defineEndpoint({
  method: "GET",
  path: "/payments",
  operationId: "listPayments",
  tag,
  summary: "List payments",
  description:
    "Search, filters and order as on the payments page (newest first by default). With `invoice`: " +
    "that invoice's payments, oldest first (404 invoice_not_found for anything but an invoice or " +
    "deposit invoice of the organization); `invoice` takes no other filter.",
  permission: "documents.read",
  query: z.strictObject({
    q: z.string().max(200).optional().describe("Search in payment references and invoice numbers."),
    method: z.enum(PAYMENT_METHODS).optional(),
    client: z.string().max(64).optional().describe("A client id: payments of its invoices."),
    invoice: z.string().max(64).optional().describe("An invoice id: its payments only."),
    from: z.iso.date().optional().describe("Payment date, inclusive (YYYY-MM-DD)."),
    to: z.iso.date().optional().describe("Payment date, inclusive (YYYY-MM-DD)."),
    sort: z.enum(paymentSorts).optional().describe("date by default."),
    dir: z.enum(["asc", "desc"]).optional().describe("desc by default."),
    ...paginationQueryShape,
  }),
  response: pageSchema(paymentListItemResource),
  errors: [404],
});

export const recordPaymentEndpoint = defineEndpoint({
  method: "POST",
  path: "/payments",
  operationId: "recordPayment",
  tag,
  summary: "Record a payment on an invoice",
  description:
    "Partial payments are allowed; the invoice's status follows (PARTIALLY_PAID, PAID). 409 " +
    "payment_not_payable for a draft, a quote or a credit note; 409 payment_exceeds_balance for " +
    "more than what is left to pay.",
  permission: "payments.write",
  body: paymentRecordBody,
  response: recordedPaymentResource,
  status: 201,
  errors: [404, 409],
});

export const deletePaymentEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/payments/{id}",
  operationId: "deletePayment",
  tag,
  summary: "Delete a payment",
  description: "A mistake or a bounced cheque (payments are never edited: delete and record again).",
  permission: "payments.write",
  params: z.strictObject({ id: z.string().max(64).describe("The payment's id.") }),
  response: deletedPaymentResource,
  errors: [404],
});

export const paymentsEndpoints = [listPaymentsEndpoint, recordPaymentEndpoint, deletePaymentEndpoint];
