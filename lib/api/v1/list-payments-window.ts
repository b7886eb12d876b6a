import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { getDocument } from "@/lib/documents/get-document";
import { parsePaymentListQuery } from "@/lib/documents/lists/document-list-query";
import { findPaymentPage, type PaymentListRow } from "@/lib/documents/lists/find-payment-page";
import type { Page } from "@/lib/lists/list-query";
import { listInvoicePayments } from "@/lib/payments/list-invoice-payments";
import type { PageWindow } from "../pagination";
import { arrayPage } from "./array-page";

/**
 * The payments page's own query (findPaymentPage, as listPayments runs it: search, method,
 * client and date filters, sort) with the API's page window (1 to 100 where the page's URL
 * allows 5 to 100).
 */
export async function listPaymentsWindow(
  member: MemberContext,
  filters: Record<string, unknown>,
  window: PageWindow,
): Promise<Page<PaymentListRow>> {
  assertCan(member, "documents.read");
  return findPaymentPage(db, member.organizationId, { ...parsePaymentListQuery(filters), ...window });
}

/**
 * One invoice's payments as the invoice page lists them (listInvoicePayments: oldest first;
 * invoice_not_found for a quote, a credit note or another organization's id), as list rows.
 */
export async function listInvoicePaymentsWindow(
  member: MemberContext,
  invoiceId: string,
  window: PageWindow,
): Promise<Page<PaymentListRow>> {
  const { invoice, payments } = await listInvoicePayments(member, invoiceId);
  const { client } = await getDocument(member, invoice.id);
  const rows = payments.map((payment) => ({
    id: payment.id,
    date: payment.date,
    amountCents: payment.amountCents,
    method: payment.method,
    reference: payment.reference,
    invoice: { id: invoice.id, type: invoice.type, number: invoice.number },
    client: { id: client.id, name: client.name },
  }));
  return arrayPage(rows, window);
}
