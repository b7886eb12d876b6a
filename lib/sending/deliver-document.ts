import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { randomToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { queueEmail, wakeEmailWorkers } from "@/lib/email/queue-email";
import { documentSentEmail } from "@/lib/email/templates/document-sent";
import { paymentReminderEmail } from "@/lib/email/templates/payment-reminder";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { loadSnapshotLogo } from "@/lib/documents/snapshot-logo";
import { createShareLink, shareLinkUrl } from "@/lib/share-links/create-share-link";
import { documentNotFound } from "@/lib/documents/document-errors";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import { sellerReplyTo } from "./record-send-delivered";
import { reminderStepTaken } from "./sending-errors";
import { documentLocale, documentTitle, type SendKind } from "./sending-texts";

// One email carrying a document that left DRAFT: its PDF attached, a public link of its own.
// The email goes through the job queue, so everything the request writes is one transaction:
//   1. the PDF and the logo are loaded and the email rendered, with the URL of a link token
//      made beforehand (any failure here writes nothing);
//   2. one transaction writes the queued EmailMessage and its email.send job (queueEmail),
//      the DocumentSend naming that email and its ShareLink. For an automatic reminder, the
//      unique (documentId, reminderStep) index makes this the claim that two overlapping runs
//      cannot both win — the loser writes nothing, no email either.
// Once the provider has the email, the job records the rest (recordSendDelivered: provider
// id, an invoice's sentAt the first time, the document.sent / document.reminder_sent audit).
// An email the provider refuses stays visible as FAILED on its send, and can be retried.

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
  /** The queued email (the email.send job delivers it). */
  emailMessageId: string;
  shareLinkId: string;
  /** The public link as emailed (shown nowhere else: only its hash is kept). */
  url: string;
};

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
  // The job sets the same Reply-To when it hands the email over (documentEmailReplyTo).
  const repliesToSeller = sellerReplyTo(seller) !== undefined;

  const pdf = await loadDocumentPdf(organizationId, documentId);
  // The client sees the seller's brand: the snapshot's logo (the PDF's), inline in the email.
  const logo = await loadSnapshotLogo(organizationId, seller?.logo);
  // The link's token is made now so the email can be rendered outside the transaction.
  const token = randomToken();
  const url = shareLinkUrl(token);
  const build = request.kind === "REMINDER" ? paymentReminderEmail : documentSentEmail;
  const email = await build({
    locale: documentLocale(document.language),
    subject: request.subject,
    message: request.message,
    heading: documentTitle({ type: document.type, language: document.language, number: document.number }),
    sellerName,
    sellerLogoSrc: logo ? `cid:${SELLER_LOGO_CID}` : null,
    url,
    filename: pdf.filename,
    repliesToSeller,
  });

  let written: { sendId: string; linkId: string; emailMessageId: string };
  try {
    written = await db.$transaction(async (tx) => {
      const queued = await queueEmail(
        {
          ...email,
          to: request.recipients,
          organizationId,
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
        },
        { tx },
      );
      const send = await tx.documentSend.create({
        data: {
          organizationId,
          documentId,
          kind: request.kind,
          reminderStep: request.reminderStep,
          recipients: request.recipients,
          subject: request.subject,
          sentById: request.sentById,
          emailMessageId: queued.id,
        },
        select: { id: true },
      });
      const link = await createShareLink(tx, {
        organizationId,
        documentId,
        createdById: request.sentById,
        sendId: send.id,
        expiresAt: "default",
        token,
      });
      return { sendId: send.id, linkId: link.id, emailMessageId: queued.id };
    });
  } catch (error) {
    if (request.reminderStep !== null && isUniqueViolation(error)) throw reminderStepTaken(request.reminderStep);
    throw error;
  }
  // The job is visible once committed: this process's workers (if any) send it right away.
  wakeEmailWorkers();

  return {
    id: written.sendId,
    documentId,
    kind: request.kind,
    reminderStep: request.reminderStep,
    recipients: request.recipients,
    subject: request.subject,
    emailMessageId: written.emailMessageId,
    shareLinkId: written.linkId,
    url,
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
