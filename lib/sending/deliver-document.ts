import "server-only";
import { z } from "zod";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { EmailDeliveryError, sendEmail, type SentEmail } from "@/lib/email/send-email";
import { documentSentEmail } from "@/lib/email/templates/document-sent";
import { paymentReminderEmail } from "@/lib/email/templates/payment-reminder";
import { Prisma } from "@/lib/generated/prisma/client";
import { getLogger } from "@/lib/log/logger";
import { loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { loadSnapshotLogo } from "@/lib/documents/snapshot-logo";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { documentNotFound } from "@/lib/documents/document-errors";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import { emailDeliveryFailed, reminderStepTaken } from "./sending-errors";
import { documentLocale, documentTitle, type SendKind } from "./sending-texts";

// One email carrying a document that left DRAFT: its PDF attached, a public link of its own.
// The email provider is outside any transaction, so the order is what keeps the records true:
//   1. the PDF is loaded (any failure here writes nothing);
//   2. one transaction writes the DocumentSend and its ShareLink (the link's URL goes into
//      the email; for an automatic reminder, the unique (documentId, reminderStep) index
//      makes this the claim that two overlapping runs cannot both win);
//   3. the email is rendered and sent; if that fails (EmailDeliveryError or anything else),
//      the link and the send row are deleted again — nothing is recorded as sent, and a later
//      run may claim the step again;
//   4. the provider's ids go onto the DocumentSend, an invoice's sentAt is set the first
//      time, and the send is audited.
// A crash between 2 and 4 leaves a send without emailMessageId: shown as "not confirmed".

export type DeliveryRequest = {
  organizationId: string;
  documentId: string;
  kind: SendKind;
  /** Automatic reminders: the step (days after the due date); null otherwise. */
  reminderStep: number | null;
  recipients: string[];
  subject: string;
  message: string;
  /** The member who sent it; null for the reminders CLI. */
  sentById: string | null;
  meta: RequestMeta;
};

export type DeliveredSend = {
  id: string;
  documentId: string;
  kind: SendKind;
  reminderStep: number | null;
  recipients: string[];
  subject: string;
  emailMessageId: string;
  providerMessageId: string | null;
  shareLinkId: string;
  /** The public link as emailed (shown nowhere else: only its hash is kept). */
  url: string;
};

const replyAddress = z.email();
const SELLER_LOGO_CID = "seller-logo";

export async function deliverDocument(request: DeliveryRequest): Promise<DeliveredSend> {
  const { organizationId, documentId } = request;
  const document = await db.document.findFirst({
    where: { id: documentId, organizationId },
    select: {
      type: true,
      status: true,
      number: true,
      language: true,
      sellerSnapshot: true,
      organization: { select: { name: true } },
    },
  });
  if (!document || document.status === "DRAFT" || !document.number) throw documentNotFound();
  const seller = document.sellerSnapshot as SellerSnapshot | null;
  const sellerName = seller?.tradeName || seller?.legalName || document.organization.name;
  const replyTo = seller?.email && replyAddress.safeParse(seller.email).success ? seller.email : undefined;

  const pdf = await loadDocumentPdf(organizationId, documentId);
  // The client sees the seller's brand: the snapshot's logo (the PDF's), inline in the email.
  const logo = await loadSnapshotLogo(organizationId, seller?.logo);

  let claimed: { sendId: string; linkId: string; url: string };
  try {
    claimed = await db.$transaction(async (tx) => {
      const send = await tx.documentSend.create({
        data: {
          organizationId,
          documentId,
          kind: request.kind,
          reminderStep: request.reminderStep,
          recipients: request.recipients,
          subject: request.subject,
          sentById: request.sentById,
        },
        select: { id: true },
      });
      const link = await createShareLink(tx, {
        organizationId,
        documentId,
        createdById: request.sentById,
        sendId: send.id,
        expiresAt: "default",
      });
      return { sendId: send.id, linkId: link.id, url: link.url };
    });
  } catch (error) {
    if (request.reminderStep !== null && isUniqueViolation(error)) throw reminderStepTaken(request.reminderStep);
    throw error;
  }

  let sent: SentEmail;
  try {
    const build = request.kind === "REMINDER" ? paymentReminderEmail : documentSentEmail;
    const email = await build({
      locale: documentLocale(document.language),
      subject: request.subject,
      message: request.message,
      heading: documentTitle({ type: document.type, language: document.language, number: document.number }),
      sellerName,
      sellerLogoSrc: logo ? `cid:${SELLER_LOGO_CID}` : null,
      url: claimed.url,
      filename: pdf.filename,
      repliesToSeller: replyTo !== undefined,
    });
    sent = await sendEmail({
      ...email,
      to: request.recipients,
      organizationId,
      replyTo,
      attachments: [
        { filename: pdf.filename, content: pdf.bytes, contentType: "application/pdf" },
        ...(logo
          ? [
              {
                filename: logo.contentType === "image/png" ? "logo.png" : "logo.jpg",
                content: Buffer.from(logo.data),
                contentType: logo.contentType,
                contentId: SELLER_LOGO_CID,
              },
            ]
          : []),
      ],
    });
  } catch (error) {
    await forgetClaim(organizationId, claimed);
    if (error instanceof EmailDeliveryError) throw emailDeliveryFailed(error.message);
    throw error;
  }

  await db.$transaction(async (tx) => {
    await tx.documentSend.updateMany({
      where: { id: claimed.sendId, organizationId },
      data: { emailMessageId: sent.id, providerMessageId: sent.providerMessageId },
    });
    // Quotes get sentAt from sendQuote; an invoice's records the first time it went out.
    if (document.type !== "QUOTE") {
      await tx.document.updateMany({
        where: { id: documentId, organizationId, sentAt: null },
        data: { sentAt: new Date() },
      });
    }
    await recordAudit(tx, {
      action: request.kind === "REMINDER" ? "document.reminder_sent" : "document.sent",
      organizationId,
      actorId: request.sentById,
      targetType: "Document",
      targetId: documentId,
      ip: request.meta.ip,
      userAgent: request.meta.userAgent,
      metadata: {
        sendId: claimed.sendId,
        number: document.number,
        recipients: request.recipients,
        reminderStep: request.reminderStep,
        emailMessageId: sent.id,
        providerMessageId: sent.providerMessageId,
        pdfSha256: pdf.sha256,
      },
    });
  });

  return {
    id: claimed.sendId,
    documentId,
    kind: request.kind,
    reminderStep: request.reminderStep,
    recipients: request.recipients,
    subject: request.subject,
    emailMessageId: sent.id,
    providerMessageId: sent.providerMessageId,
    shareLinkId: claimed.linkId,
    url: claimed.url,
  };
}

/** The email did not go: its link and send row go too (the link first: it names the send). */
async function forgetClaim(organizationId: string, claimed: { sendId: string; linkId: string }): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      await tx.shareLink.deleteMany({ where: { id: claimed.linkId, organizationId } });
      await tx.documentSend.deleteMany({ where: { id: claimed.sendId, organizationId } });
    });
  } catch (error) {
    getLogger().error({ err: error, sendId: claimed.sendId }, "could not remove the record of an email that failed");
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
