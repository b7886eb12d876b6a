import type { PdfLine, PdfModel } from "@/lib/pdf/pdf-model";

// A complete PdfModel as buildPdfModel makes for a French B2B invoice, for tests of the layout
// that need no database. Override any part; `lines(n)` makes n table lines.

export function pdfLines(count: number, description = (index: number) => `Prestation, lot ${index + 1}`): PdfLine[] {
  return Array.from({ length: count }, (_, index) => ({
    description: description(index),
    quantity: String(1 + (index % 4)),
    unit: "jour",
    unitPrice: "450,00\u00a0€",
    discount: "",
    vatRate: "20\u202f%",
    total: "1\u202f350,00\u00a0€",
  }));
}

export function pdfModel(overrides: Partial<PdfModel> = {}): PdfModel {
  return {
    language: "fr",
    draft: false,
    title: "Facture",
    numberLine: "N° F-2026-00001",
    logo: null,
    seller: {
      name: "Atelier Banc d'Essai SARL",
      address: ["10 rue du Test", "75011 Paris"],
      contact: ["contact@banc-essai.test"],
      identifiers: ["SARL au capital de 10 000,00 €", "SIREN 552120222", "N° TVA intracommunautaire FR27552120222"],
    },
    client: {
      name: "Client Industriel SAS",
      address: ["5 avenue des Clients", "69003 Lyon"],
      identifiers: ["SIREN 732829320", "N° TVA intracommunautaire FR44732829320"],
    },
    details: [
      { label: "Date d'émission", value: "06/12/2026" },
      { label: "Date d'échéance", value: "05/01/2027" },
    ],
    delivery: null,
    references: [],
    priceColumnIncludesVat: false,
    showDiscountColumn: false,
    lines: pdfLines(10),
    vatBreakdown: [
      { rate: "20\u202f%", base: "13\u202f500,00\u00a0€", vat: "2\u202f700,00\u00a0€", total: "16\u202f200,00\u00a0€" },
    ],
    totals: [
      { label: "Total HT", value: "13\u202f500,00\u00a0€" },
      { label: "TVA 20\u202f%", value: "2\u202f700,00\u00a0€" },
      { label: "Total TTC", value: "16\u202f200,00\u00a0€", strong: true },
    ],
    mentions: ["Nature de l'opération : prestation de services"],
    payment: [
      "Conditions de paiement : Paiement à 30 jours",
      "Taux des pénalités de retard : trois fois le taux d'intérêt légal, exigibles dès le lendemain de la date d'échéance.",
      "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €",
    ],
    acceptanceBlock: false,
    notes: null,
    footer: ["Atelier Banc d'Essai SARL — SARL au capital de 10 000,00 € — SIREN 552120222", "RCS Paris 552120222"],
    pageTemplate: "Page {page} / {pages}",
    watermark: "BROUILLON",
    columns: {
      description: "Désignation",
      quantity: "Qté",
      unit: "Unité",
      unitPrice: "P.U. HT",
      discount: "Remise",
      vat: "TVA",
      total: "Total HT",
    },
    captions: { billTo: "Facturé à", delivery: "Adresse de livraison", notes: "Notes" },
    breakdownTexts: {
      title: "Détail de la TVA",
      rate: "Taux",
      base: "Base HT",
      vat: "Montant TVA",
      total: "Total TTC",
    },
    acceptanceTexts: {
      title: "Bon pour accord",
      instructions: "Date, nom, signature précédés de la mention « Bon pour accord »",
      date: "Date :",
      signature: "Signature :",
    },
    ...overrides,
  };
}
