import type { DocumentType } from "@/lib/generated/prisma/enums";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";

// Texts printed on the PDF, in the document's language (not the reader's UI language): a
// French organization's invoice is in French whoever opens it. Legal mentions that are also
// shown on screen come from lib/organization-settings/document-mentions.ts.

export type PdfTexts = {
  titles: Record<DocumentType, string>;
  draftWatermark: string;
  number: string;
  draftNumber: string;
  issueDate: string;
  serviceDate: string;
  dueDate: string;
  validUntil: string;
  purchaseOrder: string;
  deliveryAddress: string;
  billTo: string;
  seller: string;
  siren: string;
  siret: string;
  vatNumber: string;
  rcs: string;
  rm: string;
  shareCapital: string;
  columns: {
    description: string;
    quantity: string;
    unit: string;
    unitPriceExcl: string;
    unitPriceIncl: string;
    discount: string;
    vat: string;
    totalExcl: string;
    totalIncl: string;
  };
  vatBreakdown: { title: string; rate: string; base: string; vat: string; total: string };
  totals: { discount: string; totalExcl: string; totalVat: string; totalIncl: string; vatAt: string };
  creditNoteOf: string;
  depositOf: string;
  depositOfAmount: string;
  fromQuote: string;
  acceptance: { title: string; instructions: string; date: string; signature: string };
  notes: string;
  page: string;
  contact: string;
};

export const pdfTexts: Record<DocumentLanguage, PdfTexts> = {
  fr: {
    titles: { INVOICE: "Facture", DEPOSIT_INVOICE: "Facture d'acompte", CREDIT_NOTE: "Avoir", QUOTE: "Devis" },
    draftWatermark: "BROUILLON",
    number: "N°",
    draftNumber: "Brouillon — sans numéro",
    issueDate: "Date d'émission",
    serviceDate: "Date de la vente ou de la prestation",
    dueDate: "Date d'échéance",
    validUntil: "Valable jusqu'au",
    purchaseOrder: "Bon de commande n°",
    deliveryAddress: "Adresse de livraison",
    billTo: "Facturé à",
    seller: "Émetteur",
    siren: "SIREN",
    siret: "SIRET",
    vatNumber: "N° TVA intracommunautaire",
    rcs: "RCS",
    rm: "RM",
    shareCapital: "au capital de",
    columns: {
      description: "Désignation",
      quantity: "Qté",
      unit: "Unité",
      unitPriceExcl: "P.U. HT",
      unitPriceIncl: "P.U. TTC",
      discount: "Remise",
      vat: "TVA",
      totalExcl: "Total HT",
      totalIncl: "Total TTC",
    },
    vatBreakdown: { title: "Détail de la TVA", rate: "Taux", base: "Base HT", vat: "Montant TVA", total: "Total TTC" },
    totals: {
      discount: "Remise",
      totalExcl: "Total HT",
      totalVat: "Total TVA",
      totalIncl: "Total TTC",
      vatAt: "TVA {rate}",
    },
    creditNoteOf: "Avoir sur la facture n° {number} du {date}",
    depositOf: "Acompte de {percent} sur le devis n° {number}",
    depositOfAmount: "Acompte sur le devis n° {number}",
    fromQuote: "Selon le devis n° {number}",
    acceptance: {
      title: "Bon pour accord",
      instructions: "Date, nom, signature précédés de la mention « Bon pour accord »",
      date: "Date :",
      signature: "Signature :",
    },
    notes: "Notes",
    page: "Page {page} / {pages}",
    contact: "Contact",
  },
  en: {
    titles: { INVOICE: "Invoice", DEPOSIT_INVOICE: "Deposit invoice", CREDIT_NOTE: "Credit note", QUOTE: "Quote" },
    draftWatermark: "DRAFT",
    number: "No.",
    draftNumber: "Draft — not numbered",
    issueDate: "Issue date",
    serviceDate: "Date of sale or service",
    dueDate: "Due date",
    validUntil: "Valid until",
    purchaseOrder: "Purchase order no.",
    deliveryAddress: "Delivery address",
    billTo: "Bill to",
    seller: "From",
    siren: "SIREN",
    siret: "SIRET",
    vatNumber: "EU VAT number",
    rcs: "RCS",
    rm: "RM",
    shareCapital: "with a share capital of",
    columns: {
      description: "Description",
      quantity: "Qty",
      unit: "Unit",
      unitPriceExcl: "Unit price excl. VAT",
      unitPriceIncl: "Unit price incl. VAT",
      discount: "Discount",
      vat: "VAT",
      totalExcl: "Total excl. VAT",
      totalIncl: "Total incl. VAT",
    },
    vatBreakdown: { title: "VAT breakdown", rate: "Rate", base: "Net amount", vat: "VAT", total: "Total incl. VAT" },
    totals: {
      discount: "Discount",
      totalExcl: "Total excl. VAT",
      totalVat: "Total VAT",
      totalIncl: "Total incl. VAT",
      vatAt: "VAT {rate}",
    },
    creditNoteOf: "Credit note for invoice no. {number} dated {date}",
    depositOf: "Deposit of {percent} on quote no. {number}",
    depositOfAmount: "Deposit on quote no. {number}",
    fromQuote: "As per quote no. {number}",
    acceptance: {
      title: "Agreed and accepted",
      instructions: "Date, name and signature preceded by the words “Agreed and accepted”",
      date: "Date:",
      signature: "Signature:",
    },
    notes: "Notes",
    page: "Page {page} / {pages}",
    contact: "Contact",
  },
};
