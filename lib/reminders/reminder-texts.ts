import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";
import {
  defaultSendTexts,
  documentLocale,
  formatLongDay,
  NUMBER_PLACEHOLDER,
  type SendTextFacts,
} from "@/lib/sending/sending-texts";

// An organization's own reminder texts (Settings → Reminders), per language of the DOCUMENT
// (the client reads them). A blank subject or message is the built-in text of
// lib/sending/sending-texts.ts, which stays the one place that text is written. Custom texts
// hold the facts the built-in reminder states, as placeholders filled in for each invoice:
// {number} (the sending texts' own), {total}, {balance}, {dueDate}, {seller}, and {client}.
// Pure: the settings form shows the built-in text with these placeholders.

export const REMINDER_PLACEHOLDERS = ["number", "total", "balance", "dueDate", "seller", "client"] as const;
export type ReminderPlaceholder = (typeof REMINDER_PLACEHOLDERS)[number];

export type ReminderText = { subject: string; message: string };
/** Per language; "" (or a missing language) is the built-in text. */
export type ReminderTexts = Record<Locale, ReminderText>;

export const BLANK_REMINDER_TEXTS: ReminderTexts = {
  fr: { subject: "", message: "" },
  en: { subject: "", message: "" },
};

/** The {names} of a text that are not reminder placeholders ("{montant}" → ["montant"]). */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(REMINDER_PLACEHOLDERS);
  return [...text.matchAll(/\{([^{}\s]*)\}/g)].map((match) => match[1]!).filter((name) => !known.has(name));
}

export type ReminderFacts = Omit<SendTextFacts, "validUntil" | "number" | "balanceCents"> & {
  number: string;
  balanceCents: number;
  clientName: string;
};

function placeholderValues(facts: ReminderFacts): Record<ReminderPlaceholder, string> {
  const locale = documentLocale(facts.language);
  return {
    number: facts.number,
    total: formatMoney(facts.totalInclVatCents, locale, facts.currency),
    balance: formatMoney(facts.balanceCents, locale, facts.currency),
    dueDate: facts.dueDate ? formatLongDay(facts.dueDate, locale) : "",
    seller: facts.sellerName,
    client: facts.clientName,
  };
}

/** Replaces every reminder placeholder of `text` with the invoice's fact. */
export function fillReminderPlaceholders(text: string, facts: ReminderFacts): string {
  const values = placeholderValues(facts);
  return text.replace(/\{([^{}\s]*)\}/g, (whole, name: string) =>
    name in values ? values[name as ReminderPlaceholder] : whole,
  );
}

/** The subject and message of one reminder: the organization's text in the document's language, else the built-in one. */
export function reminderTexts(custom: ReminderTexts, facts: ReminderFacts): ReminderText {
  const builtIn = defaultSendTexts("REMINDER", { ...facts, validUntil: null });
  const own = custom[documentLocale(facts.language)];
  return {
    subject: own.subject.trim() ? fillReminderPlaceholders(own.subject, facts) : builtIn.subject,
    message: own.message.trim() ? fillReminderPlaceholders(own.message, facts) : builtIn.message,
  };
}

// The built-in text with placeholders, for the form: defaultSendTexts of an invoice given
// values that cannot occur in its wording (amounts and a day nobody invoices), which are then
// replaced by their placeholders. Derived rather than written twice, so it never drifts from
// what a blank field sends (a unit test fills it back and compares).
const SAMPLE = { totalCents: 987_654_321, balanceCents: 123_456_789, dueDate: "1901-02-03" } as const;

export function builtInReminderTemplate(locale: Locale): ReminderText {
  const texts = defaultSendTexts("REMINDER", {
    type: "INVOICE",
    language: locale,
    number: null,
    sellerName: "{seller}",
    totalInclVatCents: SAMPLE.totalCents,
    currency: "EUR",
    balanceCents: SAMPLE.balanceCents,
    dueDate: SAMPLE.dueDate,
    validUntil: null,
  });
  const swap = (text: string) =>
    text
      .split(formatMoney(SAMPLE.totalCents, locale, "EUR"))
      .join("{total}")
      .split(formatMoney(SAMPLE.balanceCents, locale, "EUR"))
      .join("{balance}")
      .split(formatLongDay(SAMPLE.dueDate, locale))
      .join("{dueDate}")
      .split(NUMBER_PLACEHOLDER)
      .join("{number}");
  return { subject: swap(texts.subject), message: swap(texts.message) };
}
