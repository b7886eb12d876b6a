import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import type { DeliveredEmail } from "@/lib/email/deliver-queued-email";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueDocumentEvent } from "@/lib/webhooks/queue-webhook-event";

// What a document's send becomes once its email is delivered (the email.send job's onSent,
// wired in lib/jobs/job-handlers.ts): deliverDocument only queued it. Runs in the transaction
// that marks the email SENT, so it happens exactly once, and never for an email that failed.

/**
 * The DocumentSend of the email (if it carried a document) gets the provider's id, an invoice
 * its sentAt the first time it went out (quotes get theirs from sendQuote), and the send is
 * audited as document.sent or document.reminder_sent — by the member who sent it (null for
 * automatic reminders). The request that queued it is over: no address or user agent.
 */
export async function recordSendDelivered(tx: Prisma.TransactionClient, email: DeliveredEmail): Promise<void> {
  if (!email.organizationId) return;
  const organizationId = email.organizationId;
  const send = await tx.documentSend.findFirst({
    where: { organizationId, emailMessageId: email.id },
    select: {
      id: true,
      documentId: true,
      kind: true,
      reminderStep: true,
      recipients: true,
      sentById: true,
      document: { select: { type: true, number: true } },
    },
  });
  if (!send) return;
  await tx.documentSend.updateMany({
    where: { id: send.id, organizationId },
    data: { providerMessageId: email.providerMessageId },
  });
  if (send.document.type !== "QUOTE") {
    await tx.document.updateMany({
      where: { id: send.documentId, organizationId, sentAt: null },
      data: { sentAt: email.sentAt },
    });
  }
  await recordAudit(tx, {
    action: send.kind === "REMINDER" ? "document.reminder_sent" : "document.sent",
    organizationId,
    actorId: send.sentById,
    targetType: "Document",
    targetId: send.documentId,
    ip: null,
    userAgent: null,
    metadata: {
      sendId: send.id,
      number: send.document.number,
      recipients: send.recipients,
      reminderStep: send.reminderStep,
      emailMessageId: email.id,
      providerMessageId: email.providerMessageId,
      pdfSha256: email.attachments.find((file) => file.contentType === "application/pdf")?.sha256 ?? null,
    },
  });
  if (send.kind !== "REMINDER") await queueDocumentEvent(tx, organizationId, "document.sent", send.documentId);
}

const replyAddress = z.email();

/**
 * Replies to a document's email go to the seller's address of the document's frozen snapshot
 * (what the email says). Looked up when the email is delivered: EmailMessage has no column
 * for a Reply-To. Other emails have none.
 */
export async function documentEmailReplyTo(email: {
  id: string;
  organizationId: string | null;
}): Promise<string | undefined> {
  if (!email.organizationId) return undefined;
  const send = await db.documentSend.findFirst({
    where: { organizationId: email.organizationId, emailMessageId: email.id },
    select: { document: { select: { sellerSnapshot: true } } },
  });
  return sellerReplyTo(send?.document.sellerSnapshot as SellerSnapshot | null | undefined);
}

/** The seller's address of a snapshot when it is a valid one (deliverDocument says so in the email). */
export function sellerReplyTo(seller: SellerSnapshot | null | undefined): string | undefined {
  return seller?.email && replyAddress.safeParse(seller.email).success ? seller.email : undefined;
}
