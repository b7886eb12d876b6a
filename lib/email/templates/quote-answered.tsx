import type { Locale } from "@/lib/i18n/locales";
import { renderEmail, type RenderedEmail } from "../render-email";
import { assertHttpUrl } from "./assert-http-url";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "./email-layout";

// To the organization's owners and admins when a client answers a quote through its public
// link. Texts live here (French is the reference shape, English must match).

export type QuoteAnsweredEmailInput = {
  locale: Locale;
  organizationName: string;
  quoteNumber: string;
  decision: "ACCEPTED" | "DECLINED";
  /** The name typed by the client ("bon pour accord"); null for a refusal. */
  signerName: string | null;
  /** The client on the quote (its frozen name). */
  clientName: string;
  reason: string | null;
  /** The quote's page in the app (absolute). */
  url: string;
};

const fr = {
  subject: {
    ACCEPTED: (number: string, who: string) => `Votre devis ${number} a été accepté par ${who}`,
    DECLINED: (number: string, who: string) => `Votre devis ${number} a été refusé par ${who}`,
  },
  intro: {
    ACCEPTED: (number: string, who: string, client: string) =>
      `${who} a donné son « bon pour accord » au devis ${number} (${client}) depuis le lien de partage.`,
    DECLINED: (number: string, who: string, client: string) =>
      `${who} a refusé le devis ${number} (${client}) depuis le lien de partage.`,
  },
  reason: (reason: string) => `Motif indiqué : ${reason}`,
  evidence:
    "La réponse est conservée avec le nom saisi, la date, l'adresse IP et l'empreinte du PDF présenté ; elle ne peut plus être modifiée.",
  button: "Ouvrir le devis",
  fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  footerReason: (organizationName: string) =>
    `Vous recevez cet e-mail parce que vous êtes propriétaire ou administrateur de ${organizationName} sur Facturo.`,
};

type QuoteAnsweredTexts = typeof fr;

const en: QuoteAnsweredTexts = {
  subject: {
    ACCEPTED: (number, who) => `Your quote ${number} was accepted by ${who}`,
    DECLINED: (number, who) => `Your quote ${number} was declined by ${who}`,
  },
  intro: {
    ACCEPTED: (number, who, client) => `${who} accepted quote ${number} (${client}) through its share link.`,
    DECLINED: (number, who, client) => `${who} declined quote ${number} (${client}) through its share link.`,
  },
  reason: (reason) => `Reason given: ${reason}`,
  evidence:
    "The answer is kept with the name typed, the date, the IP address and the fingerprint of the PDF shown; it can no longer be changed.",
  button: "Open the quote",
  fallback: "If the button does not work, copy this link into your browser:",
  footerReason: (organizationName) =>
    `You received this email because you are an owner or admin of ${organizationName} on Facturo.`,
};

export const quoteAnsweredTexts: Record<Locale, QuoteAnsweredTexts> = { fr, en };

function QuoteAnswered(input: QuoteAnsweredEmailInput) {
  const t = quoteAnsweredTexts[input.locale];
  const who = input.signerName ?? input.clientName;
  const subject = t.subject[input.decision](input.quoteNumber, who);
  const intro = t.intro[input.decision](input.quoteNumber, who, input.clientName);
  return (
    <EmailLayout
      locale={input.locale}
      title={subject}
      preview={intro}
      footerReason={t.footerReason(input.organizationName)}
    >
      <Heading>{subject}</Heading>
      <Paragraph>{intro}</Paragraph>
      {input.reason ? <Paragraph>{t.reason(input.reason)}</Paragraph> : null}
      <ButtonLink href={input.url} label={t.button} fallback={t.fallback} />
      <Paragraph muted>{t.evidence}</Paragraph>
    </EmailLayout>
  );
}

export async function quoteAnsweredEmail(input: QuoteAnsweredEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "quoteAnsweredEmail");
  const { html, text } = await renderEmail(<QuoteAnswered {...input} />);
  const t = quoteAnsweredTexts[input.locale];
  return {
    template: "quote-answered",
    subject: t.subject[input.decision](input.quoteNumber, input.signerName ?? input.clientName),
    html,
    text,
  };
}
