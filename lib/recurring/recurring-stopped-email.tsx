import "server-only";
import { renderEmail, type RenderedEmail } from "@/lib/email/render-email";
import { assertHttpUrl } from "@/lib/email/templates/assert-http-url";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "@/lib/email/templates/email-layout";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { RecurringStopReason } from "./recurring-types";

// To the organization's owners when the generator stops a recurring profile: what stopped,
// why (the catalogue's recurringStopReasons, the same text as the profile's page) and a link to
// fix it. Kept beside the recurring domain (lib/email holds the shared layout and renderer).

export type RecurringStoppedEmailInput = {
  locale: Locale;
  organizationName: string;
  profileName: string;
  clientName: string;
  reason: RecurringStopReason;
  /** The profile's page in the app (absolute). */
  url: string;
};

const fr = {
  subject: (name: string) => `Facture récurrente arrêtée : ${name}`,
  intro: (name: string, client: string) =>
    `La facture récurrente « ${name} » (${client}) a été arrêtée : aucune nouvelle facture ne sera générée.`,
  reason: (text: string) => `Raison : ${text}`,
  fix: "Corrigez-la puis reprenez-la depuis sa page ; les périodes passées entre-temps ne seront pas rattrapées.",
  button: "Ouvrir la facture récurrente",
  fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  footerReason: (organizationName: string) =>
    `Vous recevez cet e-mail parce que vous êtes propriétaire de ${organizationName} sur Facturo.`,
};

type RecurringStoppedTexts = typeof fr;

const en: RecurringStoppedTexts = {
  subject: (name) => `Recurring invoice stopped: ${name}`,
  intro: (name, client) => `The recurring invoice “${name}” (${client}) was stopped: no new invoice will be generated.`,
  reason: (text) => `Reason: ${text}`,
  fix: "Fix it, then resume it from its page; the periods missed in the meantime will not be caught up.",
  button: "Open the recurring invoice",
  fallback: "If the button does not work, copy this link into your browser:",
  footerReason: (organizationName) =>
    `You received this email because you are an owner of ${organizationName} on Facturo.`,
};

export const recurringStoppedTexts: Record<Locale, RecurringStoppedTexts> = { fr, en };

/** The readable stop reason in a language (the catalogue has one text per RECURRING_STOP_REASONS). */
export function stopReasonText(locale: Locale, reason: RecurringStopReason): string {
  return getMessages(locale).recurringStopReasons[reason];
}

function RecurringStopped(input: RecurringStoppedEmailInput) {
  const t = recurringStoppedTexts[input.locale];
  const subject = t.subject(input.profileName);
  const intro = t.intro(input.profileName, input.clientName);
  return (
    <EmailLayout
      locale={input.locale}
      title={subject}
      preview={intro}
      footerReason={t.footerReason(input.organizationName)}
    >
      <Heading>{subject}</Heading>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>{t.reason(stopReasonText(input.locale, input.reason))}</Paragraph>
      <Paragraph>{t.fix}</Paragraph>
      <ButtonLink href={input.url} label={t.button} fallback={t.fallback} />
    </EmailLayout>
  );
}

export async function recurringStoppedEmail(input: RecurringStoppedEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "recurringStoppedEmail");
  const { html, text } = await renderEmail(<RecurringStopped {...input} />);
  return {
    template: "recurring-stopped",
    subject: recurringStoppedTexts[input.locale].subject(input.profileName),
    html,
    text,
  };
}
