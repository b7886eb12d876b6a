import type { Locale } from "@/lib/i18n/locales";
import { renderEmail, type RenderedEmail } from "../render-email";
import { assertHttpUrl } from "./assert-http-url";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "./email-layout";

// Sent to the owner of an address when someone signs up with it: the sign-up form answers
// exactly as for a new address (it must not tell anyone which addresses have an account), so
// the owner is the one told, with the way back to their account.

export type SignupAttemptEmailInput = {
  locale: Locale;
  /** Absolute link to the login page. */
  loginUrl: string;
  /** Absolute link to the "forgot password" page. */
  resetUrl: string;
};

const texts = {
  fr: {
    subject: "Quelqu'un a essayé de créer un compte Facturo avec votre adresse",
    heading: "Vous avez déjà un compte Facturo",
    intro:
      "Quelqu'un vient d'essayer de créer un compte Facturo avec cette adresse e-mail. Comme un compte existe déjà pour elle, aucun nouveau compte n'a été créé.",
    button: "Se connecter",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    forgot: (url: string) => `Mot de passe oublié ? Choisissez-en un nouveau ici : ${url}`,
    notYou: "Si ce n'était pas vous, ignorez cet e-mail : votre compte n'a pas changé et personne n'y a eu accès.",
    footerReason: "Vous recevez cet e-mail parce qu'une inscription a été tentée avec cette adresse sur Facturo.",
  },
  en: {
    subject: "Someone tried to sign up to Facturo with your address",
    heading: "You already have a Facturo account",
    intro:
      "Someone just tried to create a Facturo account with this email address. Since an account already exists for it, no new account was created.",
    button: "Log in",
    fallback: "If the button does not work, copy this link into your browser:",
    forgot: (url: string) => `Forgot your password? Choose a new one here: ${url}`,
    notYou: "If this was not you, ignore this email: your account has not changed and nobody got into it.",
    footerReason: "You receive this email because someone tried to sign up with this address on Facturo.",
  },
} satisfies Record<Locale, Record<string, unknown>>;

function SignupAttempt({ locale, loginUrl, resetUrl }: SignupAttemptEmailInput) {
  const t = texts[locale];
  return (
    <EmailLayout locale={locale} title={t.subject} preview={t.intro} footerReason={t.footerReason}>
      <Heading>{t.heading}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <ButtonLink href={loginUrl} label={t.button} fallback={t.fallback} />
      <Paragraph>{t.forgot(resetUrl)}</Paragraph>
      <Paragraph muted>{t.notYou}</Paragraph>
    </EmailLayout>
  );
}

export async function signupAttemptEmail(input: SignupAttemptEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.loginUrl, "signupAttemptEmail");
  assertHttpUrl(input.resetUrl, "signupAttemptEmail");
  const { html, text } = await renderEmail(<SignupAttempt {...input} />);
  return { template: "signup-attempt", subject: texts[input.locale].subject, html, text };
}
