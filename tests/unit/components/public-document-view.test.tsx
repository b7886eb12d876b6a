import { render, screen, within } from "@testing-library/react";
import { PublicDocumentView } from "@/components/documents/public-document-view";
import { documentMentions } from "@/lib/documents/legal-mentions";
import { computeTotals } from "@/lib/documents/totals/compute-totals";
import { getMessages } from "@/lib/i18n/get-messages";
import type { PublicDocument } from "@/lib/share-links/public-document";

// The public page of a share link: its mentions and payment conditions are documentMentions()'s
// (the PDF's own function), its VAT column and breakdown name the categories, and invoices
// offer their Factur-X XML next to the PDF.

const totals = computeTotals({
  lines: [
    { quantityMilli: 1000, unitPriceCents: 100_000, vatRateBps: 2000, vatCategory: "S" },
    { quantityMilli: 2000, unitPriceCents: 25_000, vatRateBps: 0, vatCategory: "AE", vatExemptionCode: "VATEX-EU-AE" },
  ],
});

function invoice(overrides: Partial<PublicDocument> = {}): PublicDocument {
  return {
    type: "INVOICE",
    number: "F-2026-00042",
    title: null,
    language: "fr",
    displayStatus: "ISSUED",
    issueDate: "2026-03-02",
    serviceDate: null,
    dueDate: "2026-04-01",
    validUntil: null,
    currency: "USD",
    exchangeRate: "0.9234",
    vatTotalEurCents: 18_468,
    pricesIncludeVat: false,
    vatExempt: false,
    supplyKind: "SERVICES",
    purchaseOrderNumber: null,
    deliveryAddress: null,
    paymentTermsDays: 30,
    paymentTermsEndOfMonth: false,
    notes: null,
    sellerLogoVersion: null,
    seller: {
      legalName: "Atelier Lumière SAS",
      tradeName: null,
      legalForm: "SAS",
      shareCapitalCents: 1_000_000,
      address: { line1: "12 rue des Lilas", line2: null, postalCode: "75011", city: "Paris", country: "FR" },
      siren: "732829320",
      siret: null,
      rcsCity: "Paris",
      rmNumber: null,
      vatNumber: "FR44732829320",
      email: "contact@atelier.test",
      phone: null,
      website: null,
      iban: "FR7630006000011234567890189",
      bic: "AGRIFRPP",
      vatRegime: "NORMAL",
      vatOnDebits: true,
      latePenaltyText: "Pénalités de retard : trois fois le taux d'intérêt légal.",
      earlyPaymentDiscountText: "Pas d'escompte pour paiement anticipé.",
      recoveryIndemnity: true,
      footerText: "Merci de votre confiance.",
      insurance: { insurer: "Mutuelle du Bâtiment", policyNumber: "DEC-118", coverage: "France métropolitaine" },
    },
    client: {
      kind: "COMPANY",
      name: "Berliner Werkstatt GmbH",
      legalName: null,
      firstName: null,
      lastName: null,
      siren: null,
      siret: null,
      vatNumber: "DE123456789",
      billingAddress: { line1: "Hauptstraße 1", line2: null, postalCode: "10115", city: "Berlin", country: "DE" },
      deliveryAddress: null,
    },
    lines: [
      {
        description: "Conseil",
        quantityMilli: 1000,
        unit: "day",
        unitPriceCents: 100_000,
        discount: null,
        vatRateBps: 2000,
        vatCategory: "S",
        netCents: 100_000,
        deduction: false,
      },
      {
        description: "Développement",
        quantityMilli: 2000,
        unit: "day",
        unitPriceCents: 25_000,
        discount: null,
        vatRateBps: 0,
        vatCategory: "AE",
        netCents: 50_000,
        deduction: false,
      },
    ],
    totals: {
      totalExclVatCents: totals.totalExclVatCents,
      totalVatCents: totals.totalVatCents,
      totalInclVatCents: totals.totalInclVatCents,
      discountCents: 0,
    },
    vatBreakdown: totals.byRate,
    depositPercentBps: null,
    creditedInvoice: null,
    answerable: false,
    answer: null,
    ...overrides,
  };
}

function renderView(document: PublicDocument) {
  return render(
    <PublicDocumentView
      document={document}
      token="tok_public"
      messages={getMessages(document.language)}
      answerAction={jest.fn(async () => ({ status: "success" as const }))}
    />,
  );
}

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("PublicDocumentView", () => {
  it("states exactly documentMentions(): exemption reasons, VAT on debits, EUR VAT total, insurance, payment", () => {
    const document = invoice();
    renderView(document);
    const expected = documentMentions({ ...document, seller: document.seller });
    expect(texts(screen.getByTestId("public-mentions"))).toEqual(expected.mentions.map((mention) => mention.text));
    expect(texts(screen.getByTestId("public-payment"))).toEqual(expected.payment.map((mention) => mention.text));
    // What that is, concretely, for this reverse-charged, USD invoice of an insured seller.
    const mentions = within(screen.getByTestId("public-mentions"));
    expect(mentions.getByText(/^Autoliquidation — article 283-2 du CGI/)).toBeInTheDocument();
    expect(mentions.getByText("Option pour le paiement de la taxe d'après les débits")).toBeInTheDocument();
    expect(
      mentions.getByText(/^Montant de la TVA en euros : 184,68.€ \(taux de change : 1 USD = 0,9234 EUR\)$/),
    ).toBeInTheDocument();
    expect(
      mentions.getByText(
        "Assurance professionnelle : Mutuelle du Bâtiment, contrat n° DEC-118, couverture géographique : France métropolitaine",
      ),
    ).toBeInTheDocument();
    const payment = within(screen.getByTestId("public-payment"));
    expect(payment.getByText(/Indemnité forfaitaire pour frais de recouvrement/)).toBeInTheDocument();
    // The PDF's words; the IBAN in groups of four for reading, copied whole (no spaces in the text).
    const bank = payment.getByText(/^IBAN/).closest("li")!;
    expect(bank.textContent).toBe("IBAN FR7630006000011234567890189 — BIC AGRIFRPP");
    expect(within(bank).getByText("FR76")).toBeInTheDocument();
    expect(within(bank).getByText("3000")).toBeInTheDocument();
  });

  it("names the VAT category in the lines and the breakdown, and offers the Factur-X XML", () => {
    renderView(invoice());
    const lines = within(screen.getByRole("table", { name: "Lignes du document" }));
    const rows = lines.getAllByRole("row").slice(1);
    expect(within(rows[0]!).getByText("20 %")).toBeInTheDocument(); // a narrow no-break space, normalized
    expect(within(rows[1]!).getByText("Autoliq.")).toBeInTheDocument();
    const breakdown = within(screen.getByRole("table", { name: "TVA par catégorie et par taux" }));
    expect(breakdown.getByRole("rowheader", { name: /^TVA 20/ })).toBeInTheDocument();
    expect(breakdown.getByRole("rowheader", { name: "Autoliquidation" })).toBeInTheDocument();
    // Amounts in the document's currency.
    expect(screen.getByTestId("total-incl-vat").textContent).toMatch(/\$US|USD|\$/);
    expect(screen.getByRole("link", { name: "Télécharger le PDF" })).toHaveAttribute(
      "href",
      "/api/public/tok_public/pdf?download=1",
    );
    expect(screen.getByRole("link", { name: "XML Factur-X" })).toHaveAttribute(
      "href",
      "/api/public/tok_public/facturx.xml",
    );
  });

  it("shows the seller's logo (the snapshot's, by content version) when there is one, and no image otherwise", () => {
    renderView(invoice({ sellerLogoVersion: "0123456789abcdef" }));
    expect(screen.getByRole("img", { name: "Logo de Atelier Lumière SAS" })).toHaveAttribute(
      "src",
      "/api/public/tok_public/logo?v=0123456789abcdef",
    );
  });

  it("without a logo, no image", () => {
    renderView(invoice());
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("a quote: its terms and 'free quote', no invoice payment mentions, no XML", () => {
    const document = invoice({
      type: "QUOTE",
      number: "D-2026-00007",
      displayStatus: "SENT",
      dueDate: null,
      validUntil: "2026-04-01",
      currency: "EUR",
      exchangeRate: null,
      vatTotalEurCents: null,
    });
    renderView(document);
    expect(texts(screen.getByTestId("public-mentions"))).toContain("Devis gratuit.");
    expect(texts(screen.getByTestId("public-payment"))).toEqual(["Conditions de paiement\u00a0: Paiement à 30 jours"]);
    expect(screen.queryByText(/IBAN/)).toBeNull();
    expect(screen.queryByText(/Montant de la TVA en euros/)).toBeNull();
    expect(screen.queryByRole("link", { name: "XML Factur-X" })).toBeNull();
  });

  it("in English under the franchise: no VAT column, the 293 B exemption once", () => {
    const franchise = computeTotals({
      lines: [{ quantityMilli: 1000, unitPriceCents: 80_000, vatRateBps: 0 }],
      vatExempt: true,
    });
    const document = invoice({
      language: "en",
      currency: "EUR",
      exchangeRate: null,
      vatTotalEurCents: null,
      vatExempt: true,
      seller: { ...invoice().seller, vatRegime: "FRANCHISE", vatOnDebits: false, vatNumber: null, insurance: null },
      lines: [{ ...invoice().lines[0]!, vatRateBps: 0, vatCategory: "E", netCents: 80_000 }],
      totals: { totalExclVatCents: 80_000, totalVatCents: 0, totalInclVatCents: 80_000, discountCents: 0 },
      vatBreakdown: franchise.byRate,
    });
    renderView(document);
    expect(
      within(screen.getByRole("table", { name: "Lines of the document" })).queryByRole("columnheader", { name: "VAT" }),
    ).toBeNull();
    expect(screen.getAllByText("VAT not applicable, art. 293 B of the French General Tax Code (CGI)")).toHaveLength(1);
    expect(screen.getByRole("link", { name: "Factur-X XML" })).toBeInTheDocument();
  });
});
