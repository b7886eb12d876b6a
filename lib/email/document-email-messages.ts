import type { Locale } from "@/lib/i18n/locales";

// Texts of the emails that carry a document to a client (document-sent.tsx,
// payment-reminder.tsx), around the message the sender wrote. French is the reference shape.

const fr = {
  documentSent: {
    button: "Consulter le document en ligne",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    attached: (filename: string) => `Le document est joint à cet e-mail au format PDF (${filename}).`,
    footerReason: (sellerName: string) => `${sellerName} vous a adressé ce document via Facturo.`,
    replies: (sellerName: string) => `Répondez à cet e-mail pour écrire à ${sellerName}.`,
  },
  paymentReminder: {
    button: "Consulter la facture en ligne",
    fallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    attached: (filename: string) => `La facture est jointe à cet e-mail au format PDF (${filename}).`,
    footerReason: (sellerName: string) => `${sellerName} vous a adressé cette relance via Facturo.`,
    replies: (sellerName: string) => `Répondez à cet e-mail pour écrire à ${sellerName}.`,
  },
};

export type DocumentEmailMessages = typeof fr;

const en: DocumentEmailMessages = {
  documentSent: {
    button: "View the document online",
    fallback: "If the button does not work, copy this link into your browser:",
    attached: (filename: string) => `The document is attached to this email as a PDF (${filename}).`,
    footerReason: (sellerName: string) => `${sellerName} sent you this document through Facturo.`,
    replies: (sellerName: string) => `Reply to this email to write to ${sellerName}.`,
  },
  paymentReminder: {
    button: "View the invoice online",
    fallback: "If the button does not work, copy this link into your browser:",
    attached: (filename: string) => `The invoice is attached to this email as a PDF (${filename}).`,
    footerReason: (sellerName: string) => `${sellerName} sent you this reminder through Facturo.`,
    replies: (sellerName: string) => `Reply to this email to write to ${sellerName}.`,
  },
};

const catalogues: Record<Locale, DocumentEmailMessages> = { fr, en };

export function documentEmailMessages(locale: Locale): DocumentEmailMessages {
  return catalogues[locale];
}
