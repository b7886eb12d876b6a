import type { Locale } from "@/lib/i18n/locales";
import { documentEmailMessages } from "../document-email-messages";
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
  /** The public link of this send (https://…/p/<token>). */
  url: string;
  /** Name of the attached PDF ("F-2026-00001.pdf"). */
  filename: string;
  /** Replies go to the seller (replyTo set). */
  repliesToSeller: boolean;
};

/** A quote, invoice, deposit invoice or credit note sent to the client (template "document-sent"). */
export async function documentSentEmail(input: DocumentEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "documentSentEmail");
  const t = documentEmailMessages(input.locale).documentSent;
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
    />,
  );
  return { template: "document-sent", subject: input.subject, html, text };
}
