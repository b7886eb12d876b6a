import type { Locale } from "@/lib/i18n/locales";
import { emailMessages } from "../messages";
import { renderEmail, type RenderedEmail } from "../render-email";
import { assertHttpUrl } from "./assert-http-url";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "./email-layout";

export type PasswordResetEmailInput = {
  locale: Locale;
  /** Absolute link to the reset page, token included. */
  url: string;
  expiresInMinutes: number;
};

function PasswordReset({ locale, url, expiresInMinutes }: PasswordResetEmailInput) {
  const t = emailMessages(locale).passwordReset;
  return (
    <EmailLayout locale={locale} title={t.subject} preview={t.intro} footerReason={t.footerReason}>
      <Heading>{t.heading}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <ButtonLink href={url} label={t.button} fallback={t.fallback} />
      <Paragraph>{t.expires(expiresInMinutes)}</Paragraph>
      <Paragraph muted>{t.notYou}</Paragraph>
    </EmailLayout>
  );
}

export async function passwordResetEmail(input: PasswordResetEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "passwordResetEmail");
  const { html, text } = await renderEmail(<PasswordReset {...input} />);
  return { template: "password-reset", subject: emailMessages(input.locale).passwordReset.subject, html, text };
}
