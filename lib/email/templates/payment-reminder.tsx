import { documentEmailMessages } from "../document-email-messages";
import { renderEmail, type RenderedEmail } from "../render-email";
import { assertHttpUrl } from "./assert-http-url";
import { DocumentEmailBody } from "./document-email-body";
import type { DocumentEmailInput } from "./document-sent";

/** A reminder of an overdue invoice, by hand or from `npm run reminders` (template "payment-reminder"). */
export async function paymentReminderEmail(input: DocumentEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "paymentReminderEmail");
  const t = documentEmailMessages(input.locale).paymentReminder;
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
  return { template: "payment-reminder", subject: input.subject, html, text };
}
