import "server-only";
import { PAYABLE_TYPES } from "@/lib/documents/document-status";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { invoicePaymentState, invoicePaymentStateSelect, type InvoicePaymentState } from "./invoice-payment-state";
import { invoiceNotFound } from "./payment-errors";
import { paymentIdSchema } from "./payment-schema";
import { paymentSelect, paymentView, type PaymentView } from "@/lib/documents/payment-view";

/**
 * The payments of one invoice or deposit invoice of the acting organization (documents.read:
 * whoever reads the invoice reads its payments), oldest first, with where the invoice stands.
 * A draft has none; a quote, a credit note or another organization's id is "invoice_not_found".
 */
export async function listInvoicePayments(
  member: MemberContext,
  rawInvoiceId: unknown,
): Promise<{ invoice: InvoicePaymentState; payments: PaymentView[] }> {
  assertCan(member, "documents.read");
  const invoiceId = paymentIdSchema.safeParse(rawInvoiceId);
  if (!invoiceId.success) throw invoiceNotFound();
  const invoice = await db.document.findFirst({
    where: { id: invoiceId.data, organizationId: member.organizationId, type: { in: [...PAYABLE_TYPES] } },
    select: invoicePaymentStateSelect,
  });
  if (!invoice) throw invoiceNotFound();
  const payments = await db.payment.findMany({
    where: { documentId: invoice.id, organizationId: member.organizationId },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: paymentSelect,
  });
  return { invoice: invoicePaymentState(invoice, calendarDate()), payments: payments.map(paymentView) };
}
