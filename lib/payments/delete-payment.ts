import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { lockDocument } from "@/lib/documents/lifecycle/lock-document";
import { invoicePaymentState, invoicePaymentStateSelect, type InvoicePaymentState } from "./invoice-payment-state";
import { paymentNotFound } from "./payment-errors";
import { paymentIdSchema } from "./payment-schema";
import { queuePaymentEvents } from "@/lib/webhooks/queue-webhook-event";

/**
 * Deletes a payment of the acting organization (payments.write) — a mistake, a bounced
 * cheque; payments are never edited (delete and record again). Audited "payment.deleted" with
 * what the payment was. The database trigger takes its amount off the invoice's paidCents,
 * so the status (derived) goes back to PARTIALLY_PAID, ISSUED or OVERDUE by itself.
 */
export async function deletePayment(
  member: MemberContext,
  rawPaymentId: unknown,
  meta: RequestMeta,
): Promise<{ invoice: InvoicePaymentState }> {
  assertCan(member, "payments.write");
  const paymentId = paymentIdSchema.safeParse(rawPaymentId);
  if (!paymentId.success) throw paymentNotFound();
  const organizationId = member.organizationId;

  return db.$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({ where: { id: paymentId.data, organizationId } });
    if (!payment) throw paymentNotFound();
    // Same order as recording (invoice row first): a delete and a record never deadlock.
    await lockDocument(tx, organizationId, payment.documentId);
    const deleted = await tx.payment.deleteMany({ where: { id: payment.id, organizationId } });
    // Deleted meanwhile by someone else: nothing happened here.
    if (deleted.count !== 1) throw paymentNotFound();
    const invoice = await tx.document.findFirstOrThrow({
      where: { id: payment.documentId, organizationId },
      select: invoicePaymentStateSelect,
    });
    await recordAudit(tx, {
      action: "payment.deleted",
      organizationId,
      actorId: member.userId,
      targetType: "Payment",
      targetId: payment.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: {
        documentId: payment.documentId,
        number: invoice.number,
        amountCents: payment.amountCents,
        method: payment.method,
        date: calendarFromDate(payment.date),
        reference: payment.reference,
      },
    });
    await queuePaymentEvents(tx, organizationId, "payment.deleted", payment);
    return { invoice: invoicePaymentState(invoice, calendarDate()) };
  });
}
