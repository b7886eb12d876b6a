import { formatCalendarDay } from "@/lib/dates/format-date";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";

// The subject and message a send or a reminder starts with, in the DOCUMENT's language (the
// client reads them), not the user's. A draft quote has no number nor validity date yet: its
// texts carry the placeholders {number} and {validUntil}, which fillPlaceholders replaces
// once sendQuote has given them.

export type SendKind = "SEND" | "REMINDER";

export type SendTextFacts = {
  type: DocumentType;
  language: string;
  /** null for a draft quote: the placeholder {number} stands for it. */
  number: string | null;
  /** The seller's name as the client knows it (trade name, else legal name, else the organization). */
  sellerName: string;
  totalInclVatCents: number;
  currency: string;
  /** What is left to pay (invoices), for reminders. */
  balanceCents: number | null;
  dueDate: string | null;
  validUntil: string | null;
};

export const NUMBER_PLACEHOLDER = "{number}";
export const VALID_UNTIL_PLACEHOLDER = "{validUntil}";

const typeNames: Record<Locale, Record<DocumentType, { title: string; the: string }>> = {
  fr: {
    QUOTE: { title: "Devis", the: "le devis" },
    INVOICE: { title: "Facture", the: "la facture" },
    DEPOSIT_INVOICE: { title: "Facture d'acompte", the: "la facture d'acompte" },
    CREDIT_NOTE: { title: "Avoir", the: "l'avoir" },
  },
  en: {
    QUOTE: { title: "Quote", the: "quote" },
    INVOICE: { title: "Invoice", the: "invoice" },
    DEPOSIT_INVOICE: { title: "Deposit invoice", the: "deposit invoice" },
    CREDIT_NOTE: { title: "Credit note", the: "credit note" },
  },
};

export function documentLocale(language: string): Locale {
  return language === "en" ? "en" : "fr";
}

/** "Facture F-2026-00001" / "Invoice F-2026-00001". */
export function documentTitle(facts: Pick<SendTextFacts, "type" | "language" | "number">): string {
  const locale = documentLocale(facts.language);
  return `${typeNames[locale][facts.type].title} ${facts.number ?? NUMBER_PLACEHOLDER}`;
}

export function formatLongDay(day: string, locale: Locale): string {
  return formatCalendarDay(day, locale, "long");
}

/** The subject and message the dialog is prefilled with (and the automatic reminders use). */
export function defaultSendTexts(kind: SendKind, facts: SendTextFacts): { subject: string; message: string } {
  const locale = documentLocale(facts.language);
  const names = typeNames[locale][facts.type];
  const number = facts.number ?? NUMBER_PLACEHOLDER;
  const money = (cents: number) => formatMoney(cents, locale, facts.currency);
  const day = (value: string | null) => (value ? formatLongDay(value, locale) : null);
  const title = documentTitle(facts);
  const total = money(facts.totalInclVatCents);

  if (kind === "REMINDER") {
    const balance = money(facts.balanceCents ?? facts.totalInclVatCents);
    const due = day(facts.dueDate);
    if (locale === "en") {
      return {
        subject: `Payment reminder: ${title} — ${facts.sellerName}`,
        message: [
          "Hello,",
          `Unless we are mistaken, ${names.the} ${number} for ${total} incl. VAT${due ? `, due on ${due},` : ""} has not been paid in full: ${balance} is still outstanding.`,
          "Please find it attached again; you can also view it online with the link below.",
          "If you have already paid, please disregard this message.",
          `Kind regards,\n${facts.sellerName}`,
        ].join("\n\n"),
      };
    }
    return {
      subject: `Relance : ${title.charAt(0).toLowerCase()}${title.slice(1)} — ${facts.sellerName}`,
      message: [
        "Bonjour,",
        `Sauf erreur de notre part, ${names.the} ${number} d'un montant de ${total} TTC${due ? `, échue le ${due},` : ""} n'a pas été entièrement réglée : il reste ${balance} à payer.`,
        "Vous la trouverez de nouveau en pièce jointe ; vous pouvez aussi la consulter en ligne grâce au lien ci-dessous.",
        "Si vous avez déjà effectué le règlement, merci de ne pas tenir compte de ce message.",
        `Cordialement,\n${facts.sellerName}`,
      ].join("\n\n"),
    };
  }

  const due = day(facts.dueDate);
  const validUntil = facts.type === "QUOTE" ? (day(facts.validUntil) ?? VALID_UNTIL_PLACEHOLDER) : null;
  if (locale === "en") {
    const detail =
      facts.type === "QUOTE"
        ? `, valid until ${validUntil}`
        : facts.type === "CREDIT_NOTE"
          ? ""
          : due
            ? `, payable by ${due}`
            : "";
    return {
      subject: `${title} — ${facts.sellerName}`,
      message: [
        "Hello,",
        `Please find attached ${names.the} ${number} for ${total} incl. VAT${detail}.`,
        "You can also view it online with the link below.",
        `Kind regards,\n${facts.sellerName}`,
      ].join("\n\n"),
    };
  }
  const detail =
    facts.type === "QUOTE"
      ? `, valable jusqu'au ${validUntil}`
      : facts.type === "CREDIT_NOTE"
        ? ""
        : due
          ? `, à régler au plus tard le ${due}`
          : "";
  return {
    subject: `${title} — ${facts.sellerName}`,
    message: [
      "Bonjour,",
      `Veuillez trouver ci-joint ${names.the} ${number} d'un montant de ${total} TTC${detail}.`,
      `Vous pouvez aussi ${facts.type === "QUOTE" || facts.type === "CREDIT_NOTE" ? "le" : "la"} consulter en ligne grâce au lien ci-dessous.`,
      `Cordialement,\n${facts.sellerName}`,
    ].join("\n\n"),
  };
}

/** Replaces the placeholders of a draft quote's texts once it has its number and validity. */
export function fillPlaceholders(
  text: string,
  values: { number: string; validUntil: string | null; language: string },
) {
  const locale = documentLocale(values.language);
  return text
    .split(NUMBER_PLACEHOLDER)
    .join(values.number)
    .split(VALID_UNTIL_PLACEHOLDER)
    .join(values.validUntil ? formatLongDay(values.validUntil, locale) : "");
}

/** What the send dialog shows for each placeholder ("[numéro]", "[date de validité]"). */
export type PlaceholderLabels = { number: string; validUntil: string };

/** A draft quote's texts as the dialog shows them: readable labels instead of {number} and {validUntil}. */
export function showPlaceholders(text: string, labels: PlaceholderLabels): string {
  return text.split(NUMBER_PLACEHOLDER).join(labels.number).split(VALID_UNTIL_PLACEHOLDER).join(labels.validUntil);
}

/** The inverse of showPlaceholders, for what the dialog submits (the server fills {number} in). */
export function restorePlaceholders(text: string, labels: PlaceholderLabels): string {
  return text.split(labels.number).join(NUMBER_PLACEHOLDER).split(labels.validUntil).join(VALID_UNTIL_PLACEHOLDER);
}
