import type { Locale } from "@/lib/i18n/locales";
import { emailMessages, type LoginCodePurpose } from "../messages";
import { renderEmail, type RenderedEmail } from "../render-email";
import { EmailLayout, Heading, Paragraph } from "./email-layout";

export type LoginCodeEmailInput = {
  locale: Locale;
  code: string;
  purpose: LoginCodePurpose;
  expiresInMinutes: number;
};

function LoginCode({ locale, code, purpose, expiresInMinutes }: LoginCodeEmailInput) {
  const t = emailMessages(locale).loginCode;
  return (
    <EmailLayout
      locale={locale}
      title={t.subject[purpose]}
      preview={t.expires(expiresInMinutes)}
      footerReason={t.footerReason}
    >
      <Heading>{t.subject[purpose]}</Heading>
      <Paragraph>{t.intro[purpose]}</Paragraph>
      <p
        aria-label={t.codeLabel}
        style={{
          margin: "8px 0 24px",
          padding: "16px 0",
          textAlign: "center",
          backgroundColor: "#f1f5f9",
          borderRadius: "8px",
          fontFamily: "'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
          fontSize: "34px",
          fontWeight: 700,
          letterSpacing: "8px",
          color: "#0f172a",
        }}
      >
        {code}
      </p>
      <Paragraph>{t.expires(expiresInMinutes)}</Paragraph>
      <Paragraph muted>{t.notYou}</Paragraph>
      <Paragraph muted>{t.neverShare}</Paragraph>
    </EmailLayout>
  );
}

/** The one-time code for signing in, finishing a sign-up or confirming a new address. */
export async function loginCodeEmail(input: LoginCodeEmailInput): Promise<RenderedEmail> {
  // A malformed code would still "send" fine and lock the person out: refuse it here.
  if (!/^\d{6}$/.test(input.code)) throw new Error("loginCodeEmail: the code must be 6 digits");
  const { html, text } = await renderEmail(<LoginCode {...input} />);
  return { template: "login-code", subject: emailMessages(input.locale).loginCode.subject[input.purpose], html, text };
}
