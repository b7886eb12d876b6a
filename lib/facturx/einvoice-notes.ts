import type { DocumentDetail } from "@/lib/documents/get-document";
import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import {
  documentMentions,
  type DocumentMentions,
  type NoteSubject as MentionSubject,
} from "@/lib/documents/legal-mentions";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";
import type { BuyerTreatment, EInvoiceNote } from "./einvoice";

// The notes (BG-1) of the e-invoice. Their texts come from documentMentions() — the single
// source of what a document states, shared with the PDF — so the XML and the PDF never disagree:
//
// - BAR (BR-FR-20): how the French platforms treat the invoice, B2B / B2BINT / B2C.
// - REG: every legal mention (VAT exemption reasons, VAT on debits, nature of the operation,
//   VAT total in EUR, professional insurance). The exemption texts are also BT-120 of their
//   VAT group.
// - AAB, PMD, PMT (BR-FR-05, once each: BR-FR-06): early payment discount, late penalties, the
//   40 € recovery indemnity.
// - AAI: the document's free notes.
//
// BR-FR-05 wants AAB, PMD and PMT on EVERY document, credit notes included, and PMT even when
// the buyer is a consumer. documentMentions() rightly prints none of them on a credit note (it
// is not paid) and no indemnity for a consumer, so for those the note says the mention does not
// apply (NOT_APPLICABLE below) rather than pretend it does. These texts belong with the other
// mentions in lib/documents/legal-mentions.ts; they live here until that file takes them.

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

const PAYMENT_SUBJECTS = ["AAB", "PMD", "PMT"] as const satisfies readonly MentionSubject[];

export function languageOf(document: Pick<DocumentDetail, "language">): DocumentLanguage {
  return document.language === "en" ? "en" : "fr";
}

/** documentMentions() of the document as issued, with the seller it was issued by. */
export function mentionsOf(document: DocumentDetail, seller: SellerSnapshot): DocumentMentions {
  return documentMentions({
    type: document.type,
    language: document.language,
    supplyKind: document.supplyKind,
    currency: document.currency,
    exchangeRate: document.exchangeRate,
    vatTotalEurCents: document.vatTotalEurCents,
    dueDate: document.dueDate,
    paymentTermsDays: document.paymentTermsDays,
    paymentTermsEndOfMonth: document.paymentTermsEndOfMonth,
    vatBreakdown: document.vatBreakdown,
    seller,
  });
}

/** The AAB, PMD and PMT notes: the mentions' own, else (credit note, consumer) "not applicable". */
function paymentNotes(mentions: DocumentMentions, document: DocumentDetail, client: ClientSnapshot): EInvoiceNote[] {
  const language = languageOf(document);
  return PAYMENT_SUBJECTS.flatMap((subject): EInvoiceNote[] => {
    const mention = mentions.payment.find((payment) => payment.subject === subject);
    if (mention) return [{ subject, text: mention.text }];
    const texts = NOT_APPLICABLE[language];
    let fallback: string | null = null;
    if (document.type === "CREDIT_NOTE") fallback = texts.creditNote[subject];
    else if (subject === "PMT") fallback = client.kind === "INDIVIDUAL" ? texts.consumerIndemnity : texts.indemnity;
    // An invoice without its AAB or PMD text is refused before issue (einvoiceProblems).
    return fallback ? [{ subject, text: fallback }] : [];
  });
}

/** The notes in order: BAR, the legal mentions (REG), AAB, PMD, PMT, the free notes (AAI). */
export function einvoiceNotes(
  document: DocumentDetail,
  mentions: DocumentMentions,
  client: ClientSnapshot,
  treatment: BuyerTreatment,
): EInvoiceNote[] {
  const free = document.notes?.trim();
  return [
    { subject: "BAR", text: treatment },
    ...mentions.mentions.map((mention): EInvoiceNote => ({ subject: "REG", text: mention.text })),
    ...paymentNotes(mentions, document, client),
    ...(free ? [{ subject: "AAI" as const, text: free }] : []),
  ];
}

/** BT-20: the payment terms as the PDF states them ("Conditions de paiement : Paiement à 30 jours"). */
export function paymentTermsOf(mentions: DocumentMentions): string | null {
  return mentions.payment.find((payment) => payment.key === "terms")?.text ?? null;
}
