import type { MailboxMessageLabels } from "@/components/dev-mailbox/mailbox-message";
import type { Locale } from "@/lib/i18n/locales";

// A development tool's texts: kept beside the page rather than in the product catalogues.

type MailboxTexts = {
  metaTitle: string;
  devOnly: string;
  title: string;
  lead: string;
  filterLabel: string;
  recipient: string;
  filter: string;
  clearFilter: string;
  listTitle: (count: number) => string;
  to: string;
  emptyTitle: string;
  emptyBody: string;
  emptyFilteredTitle: string;
  emptyFilteredBody: (to: string) => string;
  message: MailboxMessageLabels;
};

const fr: MailboxTexts = {
  metaTitle: "Boîte d'envoi (développement) · Facturo",
  devOnly: "Outil de développement",
  title: "Boîte d'envoi",
  lead: "Sans RESEND_API_KEY, les e-mails de l'application arrivent ici au lieu de partir. Cette page n'existe pas en production.",
  filterLabel: "Filtrer par destinataire",
  recipient: "Destinataire",
  filter: "Filtrer",
  clearFilter: "Tout afficher",
  listTitle: (count) => (count > 1 ? `${count} messages, du plus récent au plus ancien` : "1 message"),
  to: "À",
  emptyTitle: "Aucun e-mail pour l'instant",
  emptyBody: "Les e-mails envoyés par l'application (codes de connexion, invitations…) s'afficheront ici.",
  emptyFilteredTitle: "Aucun e-mail pour cette adresse",
  emptyFilteredBody: (to) => `Aucun e-mail n'a été envoyé à ${to}.`,
  message: {
    from: "De",
    to: "À",
    date: "Date",
    template: "Modèle",
    attachments: "Pièces jointes",
    bytes: (size) => `${size} octets`,
    textVersion: "Version texte",
    htmlVersion: "Version HTML",
    htmlNote:
      "Affichée dans un bac à sable : ses liens n'y fonctionnent pas, utilisez ceux de la version texte ci-dessus.",
  },
};

const en: MailboxTexts = {
  metaTitle: "Outbox (development) · Facturo",
  devOnly: "Development tool",
  title: "Outbox",
  lead: "Without RESEND_API_KEY, the app's emails land here instead of going out. This page does not exist in production.",
  filterLabel: "Filter by recipient",
  recipient: "Recipient",
  filter: "Filter",
  clearFilter: "Show all",
  listTitle: (count) => (count === 1 ? "1 message" : `${count} messages, newest first`),
  to: "To",
  emptyTitle: "No email yet",
  emptyBody: "Emails sent by the app (sign-in codes, invitations…) will show up here.",
  emptyFilteredTitle: "No email for this address",
  emptyFilteredBody: (to) => `No email was sent to ${to}.`,
  message: {
    from: "From",
    to: "To",
    date: "Date",
    template: "Template",
    attachments: "Attachments",
    bytes: (size) => `${size} bytes`,
    textVersion: "Text version",
    htmlVersion: "HTML version",
    htmlNote: "Shown in a sandbox where its links do not work: use the links of the text version above.",
  },
};

const texts: Record<Locale, MailboxTexts> = { fr, en };

export function mailboxTexts(locale: Locale): MailboxTexts {
  return texts[locale];
}
