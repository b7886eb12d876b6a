import type { DocumentDetail } from "@/lib/documents/get-document";
import type { ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import {
  documentMentions,
  notApplicablePaymentNote,
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
// the buyer is a consumer: where documentMentions() states none (credit notes are not paid, no
// indemnity for a consumer), the note says that the mention does not apply
// (notApplicablePaymentNote, with the other mentions in lib/documents/legal-mentions.ts).

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
    const fallback = notApplicablePaymentNote(document.type, subject, client.kind, language);
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
