import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { allowsAction } from "@/lib/documents/document-rules";
import { balanceCents } from "@/lib/documents/document-status";
import { statusOfRow } from "@/lib/documents/document-view-fields";
import { lockDocument } from "@/lib/documents/lifecycle/lock-document";
import { parseInput } from "@/lib/errors/validation";
import { invoicePaymentState, invoicePaymentStateSelect, type InvoicePaymentState } from "./invoice-payment-state";
import { triggerCodeOf } from "@/lib/documents/document-db-errors";
import { invoiceNotFound, paymentExceedsBalance, paymentNotPayable } from "./payment-errors";
import { paymentIdSchema, paymentInput } from "./payment-schema";
import { paymentSelect, paymentView, type PaymentView } from "@/lib/documents/payment-view";
import { queuePaymentEvents } from "@/lib/webhooks/queue-webhook-event";

/**
 * Records a payment (règlement) of an issued invoice or deposit invoice of the acting
 * organization (payments.write); audited "payment.recorded".
 *
 * Refuses (CONFLICT) "payment_not_payable" for a draft, a quote or a credit note, and
 * "payment_exceeds_balance" (details.remainingCents) for more than what is left to pay. The
 * invoice row is locked before the check, so two payments at once are checked one after the
 * other; the database trigger refuses an overpayment too, whatever the path.
 * The new status follows from the amounts (displayStatus): nothing else is written.
 */
export async function recordPayment(
  member: MemberContext,
  rawInvoiceId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ payment: PaymentView; invoice: InvoicePaymentState }> {
  assertCan(member, "payments.write");
  const invoiceId = paymentIdSchema.safeParse(rawInvoiceId);
  if (!invoiceId.success) throw invoiceNotFound();
  const input = parseInput(paymentInput, rawInput);
  const organizationId = member.organizationId;

  return db.$transaction(async (tx) => {
    if (!(await lockDocument(tx, organizationId, invoiceId.data))) throw invoiceNotFound();
    const invoice = await tx.document.findFirstOrThrow({
      where: { id: invoiceId.data, organizationId },
      select: invoicePaymentStateSelect,
    });
    if (!allowsAction("recordPayment", invoice.type, statusOfRow(invoice, calendarDate()))) throw paymentNotPayable();
    const remaining = balanceCents(invoice);
    if (input.amount > remaining) throw paymentExceedsBalance(Math.max(0, remaining));

    const created = await tx.payment
      .create({
        data: {
          organizationId,
          documentId: invoice.id,
          date: dateFromCalendar(input.date),
          amountCents: input.amount,
          method: input.method,
          reference: input.reference,
          note: input.note,
          createdById: member.userId,
        },
        select: paymentSelect,
      })
      .catch((error: unknown) => {
        // Refused by the trigger after all (another path got past the check): same errors.
        const code = triggerCodeOf(error);
        if (code === "payment_not_payable") throw paymentNotPayable();
        if (code === "payment_exceeds_balance") throw paymentExceedsBalance(null);
        throw error;
      });
    const after = await tx.document.findFirstOrThrow({
      where: { id: invoice.id, organizationId },
      select: invoicePaymentStateSelect,
    });
    await recordAudit(tx, {
      action: "payment.recorded",
      organizationId,
      actorId: member.userId,
      targetType: "Payment",
      targetId: created.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: {
        documentId: invoice.id,
        number: invoice.number,
        amountCents: created.amountCents,
        method: created.method,
        date: input.date,
      },
    });
    await queuePaymentEvents(tx, organizationId, "payment.recorded", created);
    return { payment: paymentView(created), invoice: invoicePaymentState(after, calendarDate()) };
  });
}
