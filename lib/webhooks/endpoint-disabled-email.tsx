import { renderEmail, type RenderedEmail } from "@/lib/email/render-email";
import { assertHttpUrl } from "@/lib/email/templates/assert-http-url";
import { ButtonLink, EmailLayout, Heading, Paragraph } from "@/lib/email/templates/email-layout";
import type { Locale } from "@/lib/i18n/locales";

// To the organization's owners when an endpoint has failed for 3 days and was disabled.
// French is the reference shape; English must match.

export type EndpointDisabledEmailInput = {
  locale: Locale;
  organizationName: string;
  endpointUrl: string;
  /** Settings → Webhooks (absolute). */
  url: string;
};

const fr = {
  subject: "Un webhook a été désactivé après 3 jours d'échecs",
  intro: (endpoint: string) =>
    `Les envois vers ${endpoint} échouent depuis 3 jours : ce point de terminaison a été désactivé et ne reçoit plus d'événements.`,
  next: "Corrigez le serveur qui les reçoit, puis réactivez le webhook ; le journal des envois permet de renvoyer les événements manqués.",
  button: "Ouvrir les webhooks",
  fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  footerReason: (organizationName: string) =>
    `Vous recevez cet e-mail parce que vous êtes propriétaire de ${organizationName} sur Facturo.`,
};

type EndpointDisabledTexts = typeof fr;

const en: EndpointDisabledTexts = {
  subject: "A webhook was disabled after 3 days of failures",
  intro: (endpoint) =>
    `Deliveries to ${endpoint} have failed for 3 days: this endpoint was disabled and receives no more events.`,
  next: "Fix the server that receives them, then enable the webhook again; its delivery log lets you resend the events it missed.",
  button: "Open webhooks",
  fallback: "If the button does not work, copy this link into your browser:",
  footerReason: (organizationName) =>
    `You received this email because you are an owner of ${organizationName} on Facturo.`,
};

export const endpointDisabledTexts: Record<Locale, EndpointDisabledTexts> = { fr, en };

function EndpointDisabled(input: EndpointDisabledEmailInput) {
  const t = endpointDisabledTexts[input.locale];
  const intro = t.intro(input.endpointUrl);
  return (
    <EmailLayout
      locale={input.locale}
      title={t.subject}
      preview={intro}
      footerReason={t.footerReason(input.organizationName)}
    >
      <Heading>{t.subject}</Heading>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>{t.next}</Paragraph>
      <ButtonLink href={input.url} label={t.button} fallback={t.fallback} />
    </EmailLayout>
  );
}

export async function endpointDisabledEmail(input: EndpointDisabledEmailInput): Promise<RenderedEmail> {
  assertHttpUrl(input.url, "endpointDisabledEmail");
  const { html, text } = await renderEmail(<EndpointDisabled {...input} />);
  return { template: "webhook-endpoint-disabled", subject: endpointDisabledTexts[input.locale].subject, html, text };
}
