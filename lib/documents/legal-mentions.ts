import type { DocumentType, SupplyKind } from "@/lib/generated/prisma/enums";
import { formatCalendarDay } from "@/lib/dates/format-date";
import { isPayableType } from "@/lib/documents/document-status";
import { format } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money/format-money";
import { legalMentions } from "@/lib/organization-settings/document-mentions";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";
import { exemptionReason, type VatCategory } from "@/lib/vat/vat-categories";

// THE decision of what a document states beyond its lines and totals: the legal mentions (VAT
// exemptions and reverse charge, VAT on debits, nature of operations, VAT total in EUR,
// insurance, a quote being free) and the payment conditions (terms, due date, early payment,
// late penalties, the 40 € indemnity, bank details). One pure function, read by the PDF model,
// the public page, the settings preview and the Factur-X writer (whose PMT/PMD/AAB notes are
// the `subject`s below), so the four never disagree.
//
// Rules (Code de commerce L441-9 and D441-5, CGI art. 242 nonies A annexe II, décret 2022-1299):
// - Payment conditions (penalties, early payment, indemnity, bank details) are an invoice's
//   mentions: invoices and deposit invoices state them; a quote states only its terms; a credit
//   note, which is not paid, none.
// - "Option pour le paiement de la taxe d'après les débits": invoices, deposit invoices and
//   credit notes of a seller who opted, when they carry VAT (not on quotes: it is about the
//   invoice that makes the tax due).
// - Every exemption or reverse-charge reason of the document's VAT groups, once each (the 293 B
//   franchise is one of them).
// - The 40 € recovery indemnity: business clients only (the snapshot's recoveryIndemnity).

export type MentionKey = "vatExemption" | "vatOnDebits" | "supplyKind" | "eurVatTotal" | "insurance" | "quoteFree";

export type PaymentKey = "terms" | "dueDate" | "earlyPayment" | "latePenalty" | "recoveryIndemnity" | "bank";

/** UNTDID 4451 subject codes of the e-invoice notes that carry these mentions (BR-FR-05). */
export type NoteSubject = "AAB" | "PMD" | "PMT";

export type Mention = { key: MentionKey; text: string; vatCategory?: VatCategory; exemptionCode?: string };
export type PaymentMention = { key: PaymentKey; text: string; subject?: NoteSubject };

export type MentionsSource = {
  type: DocumentType;
  language: string;
  supplyKind: SupplyKind;
  currency: string;
  /** Non-EUR documents, once issued. */
  exchangeRate: string | null;
  vatTotalEurCents: number | null;
  dueDate: string | null;
  paymentTermsDays: number | null;
  paymentTermsEndOfMonth: boolean;
  /** The document's VAT groups (its stored breakdown). */
  vatBreakdown: readonly { vatCategory: VatCategory; vatExemptionCode: string | null; vatCents: number }[];
  seller: {
    vatOnDebits: boolean;
    latePenaltyText: string;
    earlyPaymentDiscountText: string;
    recoveryIndemnity: boolean;
    iban: string | null;
    bic: string | null;
    insurance?: { insurer: string; policyNumber: string | null; coverage: string | null } | null;
  };
};

export type DocumentMentions = { mentions: Mention[]; payment: PaymentMention[] };

const texts = {
  fr: {
    supplyKindLabel: "Nature de l'opération",
    supplyKinds: {
      GOODS: "livraison de biens",
      SERVICES: "prestation de services",
      BOTH: "livraison de biens et prestation de services",
    },
    quoteFree: "Devis gratuit.",
    eurVatTotal: "Montant de la TVA en euros : {amount} (taux de change : 1 {currency} = {rate} EUR)",
    insurance: "Assurance professionnelle : {insurer}",
    insurancePolicy: "contrat n° {policy}",
    insuranceCoverage: "couverture géographique : {coverage}",
    payment: "Conditions de paiement",
    dueDate: "Échéance",
    iban: "IBAN",
    bic: "BIC",
  },
  en: {
    supplyKindLabel: "Nature of the transaction",
    supplyKinds: { GOODS: "supply of goods", SERVICES: "supply of services", BOTH: "supply of goods and services" },
    quoteFree: "This quote is free of charge.",
    eurVatTotal: "VAT amount in euros: {amount} (exchange rate: 1 {currency} = {rate} EUR)",
    insurance: "Professional insurance: {insurer}",
    insurancePolicy: "policy no. {policy}",
    insuranceCoverage: "geographic coverage: {coverage}",
    payment: "Payment terms",
    dueDate: "Due date",
    iban: "IBAN",
    bic: "BIC",
  },
} satisfies Record<DocumentLanguage, unknown>;

const blank = (value: string | null | undefined) => value == null || value.trim() === "";

/** "2026-03-12" → "12/03/2026" (fr) / "12 Mar 2026" (en), as the documents print dates. */
export function formatDocumentDate(day: string, language: DocumentLanguage): string {
  const [year, month, date] = day.split("-");
  if (language === "fr") return `${date}/${month}/${year}`;
  return formatCalendarDay(day, "en");
}

/** "Label : value" with French typography's no-break space before the colon. */
export function labelled(language: DocumentLanguage, label: string, value: string): string {
  return language === "fr" ? `${label}\u00a0: ${value}` : `${label}: ${value}`;
}

/** "Paiement à 30 jours fin de mois" / "Paiement à réception"; null without terms. */
export function paymentTermsText(
  source: Pick<MentionsSource, "paymentTermsDays" | "paymentTermsEndOfMonth">,
  language: DocumentLanguage,
): string | null {
  const mentions = legalMentions[language];
  const days = source.paymentTermsDays;
  if (days === null) return null;
  if (days === 0 && !source.paymentTermsEndOfMonth) return mentions.paymentOnReceipt;
  return format(source.paymentTermsEndOfMonth ? mentions.paymentTermsEndOfMonth : mentions.paymentTerms, { days });
}

/** The reasons of the document's VAT groups, in order, once each. */
function exemptionMentions(source: MentionsSource, language: DocumentLanguage): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const group of source.vatBreakdown) {
    const reason = exemptionReason(group.vatExemptionCode);
    if (!reason || seen.has(reason.code)) continue;
    seen.add(reason.code);
    mentions.push({
      key: "vatExemption",
      text: reason.text[language],
      vatCategory: group.vatCategory,
      exemptionCode: reason.code,
    });
  }
  return mentions;
}

function insuranceText(insurance: NonNullable<MentionsSource["seller"]["insurance"]>, language: DocumentLanguage) {
  const t = texts[language];
  return [
    format(t.insurance, { insurer: insurance.insurer }),
    insurance.policyNumber && format(t.insurancePolicy, { policy: insurance.policyNumber }),
    insurance.coverage && format(t.insuranceCoverage, { coverage: insurance.coverage }),
  ]
    .filter(Boolean)
    .join(", ");
}

/** "0.9234" → "0,9234" in French. */
function rateText(rate: string, language: DocumentLanguage): string {
  return language === "fr" ? rate.replace(".", ",") : rate;
}

// What the e-invoice says where a payment mention does not apply: BR-FR-05 wants the AAB, PMD
// and PMT notes on every document, credit notes and consumers' invoices included.
type NotApplicableTexts = {
  creditNote: Record<"AAB" | "PMD" | "PMT", string>;
  indemnity: string;
  consumerIndemnity: string;
};

const NOT_APPLICABLE: Record<DocumentLanguage, NotApplicableTexts> = {
  fr: {
    creditNote: {
      AAB: "Escompte\u00a0: sans objet (avoir).",
      PMD: "Pénalités de retard\u00a0: sans objet (avoir).",
      PMT: "Indemnité forfaitaire pour frais de recouvrement\u00a0: sans objet (avoir).",
    },
    indemnity: "Indemnité forfaitaire pour frais de recouvrement\u00a0: non applicable.",
    consumerIndemnity:
      "Indemnité forfaitaire pour frais de recouvrement\u00a0: non applicable (client non professionnel).",
  },
  en: {
    creditNote: {
      AAB: "Early payment discount: not applicable (credit note).",
      PMD: "Late payment penalties: not applicable (credit note).",
      PMT: "Fixed compensation for recovery costs: not applicable (credit note).",
    },
    indemnity: "Fixed compensation for recovery costs: not applicable.",
    consumerIndemnity: "Fixed compensation for recovery costs: not applicable (non-business client).",
  },
};

/**
 * The e-invoice note for a payment mention documentMentions() does not state: a credit note's
 * AAB/PMD/PMT, an invoice's PMT without the 40 € indemnity (a consumer, or the setting off).
 * Null where the mention is required (an invoice's AAB and PMD: refused before issue).
 */
export function notApplicablePaymentNote(
  type: DocumentType,
  subject: NoteSubject,
  clientKind: "COMPANY" | "INDIVIDUAL",
  language: DocumentLanguage,
): string | null {
  const texts = NOT_APPLICABLE[language];
  if (type === "CREDIT_NOTE") return texts.creditNote[subject];
  if (subject === "PMT") return clientKind === "INDIVIDUAL" ? texts.consumerIndemnity : texts.indemnity;
  return null;
}

export function documentMentions(source: MentionsSource): DocumentMentions {
  const language: DocumentLanguage = source.language === "en" ? "en" : "fr";
  const t = texts[language];
  const fixed = legalMentions[language];
  const { seller } = source;
  const invoiceLike = isPayableType(source.type);
  const carriesVat = source.vatBreakdown.some((group) => group.vatCategory === "S");

  const mentions: Mention[] = [...exemptionMentions(source, language)];
  if (seller.vatOnDebits && carriesVat && source.type !== "QUOTE") {
    mentions.push({ key: "vatOnDebits", text: fixed.vatOnDebits });
  }
  mentions.push({ key: "supplyKind", text: labelled(language, t.supplyKindLabel, t.supplyKinds[source.supplyKind]) });
  if (source.currency !== "EUR" && source.vatTotalEurCents !== null && source.exchangeRate) {
    mentions.push({
      key: "eurVatTotal",
      text: format(t.eurVatTotal, {
        amount: formatMoney(source.vatTotalEurCents, language, "EUR"),
        currency: source.currency,
        rate: rateText(source.exchangeRate, language),
      }),
    });
  }
  if (seller.insurance && !blank(seller.insurance.insurer)) {
    mentions.push({ key: "insurance", text: insuranceText(seller.insurance, language) });
  }
  if (source.type === "QUOTE") mentions.push({ key: "quoteFree", text: t.quoteFree });

  const payment: PaymentMention[] = [];
  if (source.type !== "CREDIT_NOTE") {
    const terms = paymentTermsText(source, language);
    if (terms) payment.push({ key: "terms", text: labelled(language, t.payment, terms) });
  }
  if (invoiceLike) {
    if (source.dueDate)
      payment.push({
        key: "dueDate",
        text: labelled(language, t.dueDate, formatDocumentDate(source.dueDate, language)),
      });
    if (!blank(seller.earlyPaymentDiscountText))
      payment.push({ key: "earlyPayment", text: seller.earlyPaymentDiscountText, subject: "AAB" });
    if (!blank(seller.latePenaltyText))
      payment.push({ key: "latePenalty", text: seller.latePenaltyText, subject: "PMD" });
    if (seller.recoveryIndemnity)
      payment.push({ key: "recoveryIndemnity", text: fixed.recoveryIndemnity, subject: "PMT" });
    if (!blank(seller.iban)) {
      payment.push({
        key: "bank",
        text: `${t.iban} ${seller.iban}${blank(seller.bic) ? "" : ` — ${t.bic} ${seller.bic}`}`,
      });
    }
  }
  return { mentions, payment };
}
