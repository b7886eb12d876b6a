import type { Locale } from "@/lib/i18n/locales";
import { documentEmailMessages, type DocumentEmailMessages } from "../document-email-messages";
import { renderEmail, type RenderedEmail } from "../render-email";
import { assertHttpUrl } from "./assert-http-url";
import { DocumentEmailBody } from "./document-email-body";

export type DocumentEmailInput = {
  /** The document's language (the client reads it), not the sender's. */
  locale: Locale;
  /** As the sender wrote (or kept) them in the send dialog. */
  subject: string;
  message: string;
  /** "Facture F-2026-00001". */
  heading: string;
  sellerName: string;
  /** The seller's logo as the email references it (an inline attachment: "cid:…"), or none. */
  sellerLogoSrc?: string | null;
  /** The public link of this send (https://…/p/<token>). */
  url: string;
  /** Name of the attached PDF ("F-2026-00001.pdf"). */
  filename: string;
  /** Replies go to the seller (replyTo set). */
  repliesToSeller: boolean;
};

type DocumentEmailKind = "document-sent" | "payment-reminder";

const textsOf: Record<DocumentEmailKind, keyof DocumentEmailMessages> = {
  "document-sent": "documentSent",
  "payment-reminder": "paymentReminder",
};

/** One of the emails that carry a document to its client, around the sender's own message. */
export async function documentEmail(template: DocumentEmailKind, input: DocumentEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, template);
  const t = documentEmailMessages(input.locale)[textsOf[template]];
  const { html, text } = await renderEmail(
    <DocumentEmailBody
      locale={input.locale}
      subject={input.subject}
      heading={input.heading}
      message={input.message}
      url={input.url}
      button={t.button}
      fallback={t.fallback}
      attached={t.attached(input.filename)}
      footerReason={t.footerReason(input.sellerName)}
      replies={input.repliesToSeller ? t.replies(input.sellerName) : undefined}
      sellerName={input.sellerName}
      sellerLogoSrc={input.sellerLogoSrc}
    />,
  );
  return { template, subject: input.subject, html, text };
}

/** A quote, invoice, deposit invoice or credit note sent to the client (template "document-sent"). */
export function documentSentEmail(input: DocumentEmailInput): Promise<RenderedEmail> {
  return documentEmail("document-sent", input);
}
