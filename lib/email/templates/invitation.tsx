import type { Locale } from "@/lib/i18n/locales";
import { emailMessages } from "../messages";
import { renderEmail, type RenderedEmail } from "../render-email";
import { assertHttpUrl } from "./assert-http-url";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "./email-layout";

export type InvitationEmailInput = {
  locale: Locale;
  organizationName: string;
  inviterName: string;
  /** Already translated into `locale` (e.g. "Comptable"). */
  roleLabel: string;
  /** Absolute link to accept the invitation, token included. */
  url: string;
  expiresInDays: number;
};

function Invitation({ locale, organizationName, inviterName, roleLabel, url, expiresInDays }: InvitationEmailInput) {
  const t = emailMessages(locale).invitation;
  const intro = t.intro(inviterName, organizationName, roleLabel);
  return (
    <EmailLayout
      locale={locale}
      title={t.subject(organizationName)}
      preview={intro}
      footerReason={t.footerReason(inviterName)}
    >
      <Heading>{t.heading(organizationName)}</Heading>
      <Paragraph>{intro}</Paragraph>
      <ButtonLink href={url} label={t.button} fallback={t.fallback} />
      <Paragraph>{t.expires(expiresInDays)}</Paragraph>
      <Paragraph muted>{t.notExpected}</Paragraph>
    </EmailLayout>
  );
}

export async function invitationEmail(input: InvitationEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "invitationEmail");
  const { html, text } = await renderEmail(<Invitation {...input} />);
  return {
    template: "invitation",
    subject: emailMessages(input.locale).invitation.subject(input.organizationName),
    html,
    text,
  };
}
