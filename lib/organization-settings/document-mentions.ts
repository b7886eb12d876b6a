import type { DocumentLanguage } from "./settings-options";

// Texts printed on documents, in the organization's document language (not the UI's):
// defaults of the editable payment texts and the fixed legal mentions.

export const defaultPaymentTexts: Record<DocumentLanguage, { latePenalty: string; earlyPaymentDiscount: string }> = {
  fr: {
    latePenalty:
      "Taux des pénalités de retard : trois fois le taux d'intérêt légal, exigibles dès le lendemain de la date d'échéance.",
    earlyPaymentDiscount: "Pas d'escompte pour paiement anticipé.",
  },
  en: {
    latePenalty:
      "Late payment penalties: three times the French legal interest rate, due from the day after the due date.",
    earlyPaymentDiscount: "No discount for early payment.",
  },
};

export const legalMentions: Record<
  DocumentLanguage,
  {
    vatFranchise: string;
    vatOnDebits: string;
    recoveryIndemnity: string;
    paymentTerms: string;
    paymentTermsEndOfMonth: string;
    paymentOnReceipt: string;
  }
> = {
  fr: {
    paymentTerms: "Paiement à {days} jours",
    paymentTermsEndOfMonth: "Paiement à {days} jours fin de mois",
    paymentOnReceipt: "Paiement à réception",
    // Art. 293 B du CGI: franchise en base de TVA.
    vatFranchise: "TVA non applicable, art. 293 B du CGI",
    vatOnDebits: "Option pour le paiement de la taxe d'après les débits",
    // Art. L441-10 and D441-5 du Code de commerce (B2B only).
    recoveryIndemnity: "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €",
  },
  en: {
    paymentTerms: "Payment within {days} days",
    paymentTermsEndOfMonth: "Payment within {days} days end of month",
    paymentOnReceipt: "Payment on receipt",
    vatFranchise: "VAT not applicable, art. 293 B of the French General Tax Code (CGI)",
    vatOnDebits: "Option for payment of VAT on debits",
    recoveryIndemnity: "Fixed compensation for recovery costs in case of late payment: €40",
  },
};

/** True when the text is one of the defaults (in any language): stored as null, so it follows the language. */
export function isDefaultPaymentText(kind: "latePenalty" | "earlyPaymentDiscount", text: string): boolean {
  return Object.values(defaultPaymentTexts).some((texts) => texts[kind] === text.trim());
}
