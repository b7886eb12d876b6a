import type { DocumentDetail } from "@/lib/documents/get-document";
import type { EInvoice, EInvoiceVat } from "@/lib/facturx/einvoice";
import { einvoiceOfDocument, processCodeOf } from "@/lib/facturx/einvoice-of-document";
import {
  EU_COMPANY,
  facturxShapes,
  FRANCHISE_SELLER,
  FRENCH_COMPANY,
  INDIVIDUAL,
  issuedDocument,
  randomShapes,
  SELLER,
  US_COMPANY,
  type Shape,
  type ShapeLine,
} from "@/tests/support/facturx-shapes";

// One test per rule the mapping implements, the rule id first. The XML itself is validated
// against the official rule sets in tests/integration/facturx/facturx-shapes.test.ts.

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const map = (document: DocumentDetail, client = FRENCH_COMPANY, seller = SELLER) =>
  einvoiceOfDocument(document, seller, client);
const sameVat = (a: EInvoiceVat, b: EInvoiceVat) => a.category === b.category && a.rateBps === b.rateBps;
const shape = (name: string): Shape => {
  const found = facturxShapes().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no shape ${name}`);
  return found;
};
const ofShape = (name: string) => {
  const { document, seller, client } = shape(name);
  return einvoiceOfDocument(document, seller, client);
};

/** Σ lines − allowances + charges of one VAT group, as BR-S-08 (BR-E-08, BR-AE-08…) computes it. */
function groupBasis(einvoice: EInvoice, vat: EInvoiceVat): number {
  const lines = sum(einvoice.lines.filter((line) => sameVat(line.vat, vat)).map((line) => line.netCents));
  const allowances = sum(
    einvoice.documentAllowances
      .filter((entry) => sameVat(entry.vat, vat))
      .map((entry) => (entry.charge ? -entry.amountCents : entry.amountCents)),
  );
  return lines - allowances;
}

const INCL_VAT_LINES: ShapeLine[] = [
  { description: "Objectif 500 € TTC", unitPriceCents: 50_000, vatRateBps: 1000 },
  { description: "Coffret", quantityMilli: 3_000, unitPriceCents: 3_333, vatRateBps: 2000 },
  { description: "Atelier", quantityMilli: 2_500, unitPriceCents: 5_999, discount: { kind: "PERCENT", value: 1000 } },
];

describe("einvoiceOfDocument: amounts", () => {
  it("BR-CO-10 sum of line nets equals BT-106 with prices incl. VAT", () => {
    const einvoice = map(issuedDocument(INCL_VAT_LINES, { pricesIncludeVat: true }));
    expect(einvoice.totals.lineTotalCents).toBe(sum(einvoice.lines.map((line) => line.netCents)));
  });

  it("BR-S-08 each group's lines minus its allowance equal its base, prices incl. VAT with a document discount", () => {
    const document = issuedDocument(INCL_VAT_LINES, {
      pricesIncludeVat: true,
      discount: { kind: "PERCENT", value: 500 },
    });
    const einvoice = map(document);
    for (const group of einvoice.vatBreakdown) expect(groupBasis(einvoice, group)).toBe(group.basisCents);
    // The "500 € TTC at 10 %" line: 454.55 excl. VAT, not 454.54.
    expect(einvoice.lines[0]!.netCents).toBe(45_455);
  });

  it("BR-S-08 holds for random documents (prices excl. and incl. VAT, discounts, deductions)", () => {
    for (const { document, seller, client, name } of randomShapes(200, 7)) {
      const einvoice = einvoiceOfDocument(document, seller, client);
      for (const group of einvoice.vatBreakdown) {
        expect({ name, basis: groupBasis(einvoice, group) }).toEqual({ name, basis: group.basisCents });
      }
    }
  });

  it("BR-CO-13 BR-CO-15 BR-CO-16 totals are the document's stored computeTotals figures (the PDF's)", () => {
    const document = issuedDocument(INCL_VAT_LINES, {
      pricesIncludeVat: true,
      discount: { kind: "AMOUNT", value: 999 },
    });
    const { totals } = map(document);
    expect(totals.taxBasisCents).toBe(document.totals.totalExclVatCents);
    expect(totals.taxCents).toBe(document.totals.totalVatCents);
    expect(totals.grandTotalCents).toBe(document.totals.totalInclVatCents);
    expect(totals.lineTotalCents - totals.allowanceTotalCents + totals.chargeTotalCents).toBe(totals.taxBasisCents);
    expect(totals.duePayableCents).toBe(totals.grandTotalCents);
    expect(totals.prepaidCents).toBe(0);
  });

  it("BR-CO-14 BR-CO-17 group VAT is the stored one, within a cent of base × rate in prices incl. VAT", () => {
    const document = issuedDocument(INCL_VAT_LINES, { pricesIncludeVat: true });
    const einvoice = map(document);
    expect(einvoice.vatBreakdown.map((group) => group.taxCents)).toEqual(
      document.vatBreakdown.map((group) => group.vatCents),
    );
    for (const group of einvoice.vatBreakdown) {
      expect(Math.abs(group.taxCents - Math.round((group.basisCents * group.rateBps!) / 10_000))).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it("BR-CO-11 a document discount becomes one allowance per VAT group, reason code 95", () => {
    const document = issuedDocument(
      [
        { description: "A", unitPriceCents: 10_000, vatRateBps: 2000 },
        { description: "B", unitPriceCents: 5_000, vatRateBps: 550 },
      ],
      { discount: { kind: "PERCENT", value: 1000 } },
    );
    const einvoice = map(document);
    expect(einvoice.documentAllowances).toEqual([
      {
        charge: false,
        amountCents: 1_000,
        reasonCode: "95",
        reason: "Remise 10\u00a0%",
        vat: { category: "S", rateBps: 2000 },
      },
      {
        charge: false,
        amountCents: 500,
        reasonCode: "95",
        reason: "Remise 10\u00a0%",
        vat: { category: "S", rateBps: 550 },
      },
    ]);
    expect(einvoice.totals.allowanceTotalCents).toBe(document.totals.discountCents);
  });

  it("BR-41 BR-42 a line discount (prices excl. VAT) is a line allowance of gross − net with its reason", () => {
    const einvoice = map(
      issuedDocument(
        [
          {
            description: "Audit",
            quantityMilli: 333,
            unitPriceCents: 99_999,
            discount: { kind: "PERCENT", value: 1250 },
          },
          {
            description: "Licence",
            quantityMilli: 7_000,
            unitPriceCents: 1_999,
            discount: { kind: "AMOUNT", value: 333 },
          },
        ],
        { language: "en" },
      ),
    );
    const [audit, licence] = einvoice.lines;
    // 0.333 × 999.99 = 333.00 gross; 12.5 % off → 291.37 net.
    expect(audit).toMatchObject({ netPriceMicros: 999_990_000, netCents: 29_137 });
    expect(audit!.allowances).toEqual([{ amountCents: 4_163, reason: "Discount 12.5%" }]);
    expect(licence!.allowances).toEqual([{ amountCents: 333, reason: "Discount" }]);
    expect(licence!.netCents).toBe(7 * 1_999 - 333);
  });

  it("BR-FR-DEC-03 prices incl. VAT: the net price is the line's net excl. VAT per unit (≤ 6 decimals, positive)", () => {
    const einvoice = map(issuedDocument(INCL_VAT_LINES, { pricesIncludeVat: true }));
    for (const line of einvoice.lines) {
      expect(Number.isSafeInteger(line.netPriceMicros) && line.netPriceMicros >= 0).toBe(true);
      // quantity × price = net, to the rounding of the price.
      expect(Math.abs((line.quantityMilli * line.netPriceMicros) / 1e7 - line.netCents)).toBeLessThan(1);
    }
  });

  it("BR-27 a deposit deduction is a negative quantity at a positive price, reducing its group", () => {
    const einvoice = ofShape("final invoice deducting deposits");
    const deductions = einvoice.lines.filter((line) => line.netCents < 0);
    expect(deductions).toHaveLength(4);
    for (const line of deductions) {
      expect(line.quantityMilli).toBe(-1000);
      expect(line.netPriceMicros).toBe(-line.netCents * 10_000);
    }
  });

  it("BR-27 a deduction in prices incl. VAT keeps a positive price too", () => {
    const einvoice = ofShape("final invoice deducting a deposit, prices incl. VAT");
    const deductions = einvoice.lines.filter((line) => line.netCents < 0);
    expect(deductions.length).toBe(3);
    for (const line of deductions) expect(line.quantityMilli < 0 && line.netPriceMicros > 0).toBe(true);
  });

  it("throws rather than write an e-invoice whose lines do not add up to the stored totals", () => {
    const document = issuedDocument([{ description: "A", unitPriceCents: 10_000 }]);
    const tampered = { ...document, totals: { ...document.totals, totalExclVatCents: 10_001 } };
    expect(() => map(tampered)).toThrow(/do not add up/);
  });

  it("refuses a quote and a document not issued", () => {
    const document = issuedDocument([{ description: "A", unitPriceCents: 10_000 }]);
    expect(() => map({ ...document, type: "QUOTE" })).toThrow(/quote/);
    expect(() => map({ ...document, number: null })).toThrow(/not issued/);
  });
});

describe("einvoiceOfDocument: document", () => {
  it("BR-FR-04 type codes 380, 386 and 381", () => {
    expect(ofShape("invoice at two rates").typeCode).toBe("380");
    expect(ofShape("deposit invoice").typeCode).toBe("386");
    expect(ofShape("partial credit note").typeCode).toBe("381");
  });

  it("BR-FR-08 process code from the nature of the operation: B1 goods, S1 services, M1 both", () => {
    const lines: ShapeLine[] = [{ description: "A", unitPriceCents: 100 }];
    expect(map(issuedDocument(lines, { supplyKind: "GOODS" })).processCode).toBe("B1");
    expect(map(issuedDocument(lines, { supplyKind: "SERVICES" })).processCode).toBe("S1");
    expect(map(issuedDocument(lines, { supplyKind: "BOTH" })).processCode).toBe("M1");
  });

  it("BR-FR-08 BR-FR-CO-08 a final invoice after deposits is M4/S4/B4, never a deposit invoice", () => {
    expect(ofShape("final invoice deducting deposits").processCode).toBe("M4");
    const deposit = shape("deposit invoice").document;
    expect(processCodeOf(deposit)).toBe("M1");
  });

  it("BR-FR-CO-05 a credit note references its invoice, number and date (BG-3)", () => {
    expect(ofShape("partial credit note").precedingInvoices).toEqual([
      { number: "F-2026-00042", issueDate: "2026-12-07" },
    ]);
  });

  it("BG-3 a final invoice references the deposit invoices it deducts", () => {
    expect(ofShape("final invoice deducting deposits").precedingInvoices).toEqual([
      { number: "AC-2026-00001", issueDate: "2026-10-01" },
      { number: "AC-2026-00002", issueDate: "2026-11-02" },
    ]);
  });

  it("BT-72 an invoice without a service date was delivered on its issue date; a deposit invoice states none", () => {
    const lines: ShapeLine[] = [{ description: "A", unitPriceCents: 100 }];
    expect(map(issuedDocument(lines)).deliveryDate).toBe("2026-12-07");
    expect(map(issuedDocument(lines, { serviceDate: "2026-11-20" })).deliveryDate).toBe("2026-11-20");
    expect(ofShape("deposit invoice").deliveryDate).toBeNull();
    expect(ofShape("partial credit note").deliveryDate).toBeNull();
  });

  it("BR-IC-11 BR-IC-12 an intra-community supply has a delivery date and a deliver-to country", () => {
    const document = issuedDocument(
      [
        {
          description: "Serveur",
          unitPriceCents: 100_000,
          vatRateBps: 0,
          vatCategory: "K",
          vatExemptionCode: "VATEX-EU-IC",
        },
      ],
      { type: "CREDIT_NOTE", creditedInvoice: shape("partial credit note").document.related.creditedInvoice },
    );
    const einvoice = map(document, { ...EU_COMPANY, deliveryAddress: null });
    expect(einvoice.deliveryDate).toBe("2026-12-07");
    expect(einvoice.shipTo?.address.country).toBe("DE");
  });

  it("BR-FR-CO-12 BR-53 VAT in EUR and accounting currency EUR for another currency", () => {
    const export_ = ofShape("export outside the EU in USD");
    expect(export_).toMatchObject({ currency: "USD", taxCurrency: "EUR", totals: { taxEurCents: 0 } });
    const usd = issuedDocument([{ description: "A", unitPriceCents: 100_000, vatRateBps: 2000 }], {
      currency: "USD",
      exchangeRate: "0.9234",
    });
    // Stored at issue when present; otherwise derived from the frozen rate: 200.00 USD × 0.9234.
    expect(map(usd).totals.taxEurCents).toBe(18_468);
    expect(map({ ...usd, vatTotalEurCents: 18_470 }).totals.taxEurCents).toBe(18_470);
    expect(map(issuedDocument([{ description: "A", unitPriceCents: 100 }]))).toMatchObject({
      taxCurrency: null,
      totals: { taxEurCents: null },
    });
  });

  it("BR-61 payment means: SEPA credit transfer (58) with the seller's IBAN and BIC; none on a credit note", () => {
    expect(ofShape("invoice at two rates").paymentMeans).toEqual({
      typeCode: "58",
      iban: "FR7630006000011234567890189",
      bic: "AGRIFRPP",
    });
    expect(
      map(issuedDocument([{ description: "A", unitPriceCents: 100 }]), FRENCH_COMPANY, { ...SELLER, iban: null })
        .paymentMeans,
    ).toBeNull();
    expect(ofShape("partial credit note").paymentMeans).toBeNull();
  });

  it("BT-20 BT-9 payment terms and due date as documentMentions states them", () => {
    const einvoice = ofShape("invoice at two rates");
    expect(einvoice.paymentTerms).toBe("Conditions de paiement\u00a0: Paiement à 30 jours");
    expect(einvoice.dueDate).toBe("2027-01-06");
    expect(einvoice.paymentReference).toBe("F-2026-00001");
  });

  it("BT-13 the purchase order number", () => {
    expect(ofShape("invoice at two rates").purchaseOrder).toBe("BC-7781");
  });

  it("BR-CL-23 units as UN/ECE Rec 20 codes, free text as C62", () => {
    const einvoice = map(
      issuedDocument(
        ["hour", "day", "piece", "flat", "month", "km", "kg", "m2", "Heures", "séance", ""].map((unit) => ({
          description: unit || "none",
          unit,
          unitPriceCents: 100,
        })),
      ),
    );
    expect(einvoice.lines.map((line) => line.unitCode)).toEqual([
      "HUR",
      "DAY",
      "H87",
      "LS",
      "MON",
      "KMT",
      "KGM",
      "MTK",
      "HUR",
      "C62",
      "C62",
    ]);
  });

  it("BR-25 BT-153 the item name is the description's first line, the whole text its description", () => {
    const [line] = map(
      issuedDocument([{ description: "Isolation\nLaine de roche 100 mm", unitPriceCents: 100 }]),
    ).lines;
    expect(line).toMatchObject({ id: "1", name: "Isolation", description: "Isolation\nLaine de roche 100 mm" });
  });
});

describe("einvoiceOfDocument: VAT", () => {
  it("BR-E-10 an exempt group carries its reason text (BT-120) and VATEX code (BT-121)", () => {
    const einvoice = ofShape("zero-rated and exempt lines beside standard ones");
    expect(einvoice.vatBreakdown.find((group) => group.category === "E")).toMatchObject({
      exemptionReason: "Exonération de TVA, article 261-4 du CGI",
      exemptionCode: "VATEX-FR-CGI261-4",
    });
  });

  it("BR-Z-10 BR-S-10 zero-rated and standard groups carry no exemption reason", () => {
    const einvoice = ofShape("zero-rated and exempt lines beside standard ones");
    for (const group of einvoice.vatBreakdown.filter((entry) => entry.category === "Z" || entry.category === "S")) {
      expect(group).toMatchObject({ exemptionReason: null, exemptionCode: null });
    }
  });

  it("BR-E-10 the 293 B franchise: every line E at 0 % with VATEX-FR-FRANCHISE", () => {
    const einvoice = ofShape("293 B franchise to an individual");
    expect(einvoice.lines.every((line) => line.vat.category === "E" && line.vat.rateBps === 0)).toBe(true);
    expect(einvoice.vatBreakdown).toEqual([
      expect.objectContaining({
        category: "E",
        exemptionCode: "VATEX-FR-FRANCHISE",
        exemptionReason: "TVA non applicable, art. 293 B du CGI",
      }),
    ]);
  });

  it("BR-AE-10 reverse charge: its reason and code, in the document's language", () => {
    const einvoice = ofShape("EU business: reverse-charge services and intra-community goods");
    expect(einvoice.vatBreakdown.find((group) => group.category === "AE")).toMatchObject({
      exemptionCode: "VATEX-EU-AE",
      exemptionReason: expect.stringMatching(/^Reverse charge/),
    });
    expect(einvoice.vatBreakdown.find((group) => group.category === "K")?.exemptionCode).toBe("VATEX-EU-IC");
  });

  it("BR-G-10 an export carries VATEX-EU-G", () => {
    expect(ofShape("export outside the EU in USD").vatBreakdown[0]?.exemptionCode).toBe("VATEX-EU-G");
  });

  it("BR-O-05 BR-O-06 no rate on a line, an allowance or a group outside the scope of VAT", () => {
    const einvoice = ofShape("services outside the scope of French VAT");
    expect(einvoice.lines[0]!.vat).toEqual({ category: "O", rateBps: null });
    expect(einvoice.documentAllowances[0]!.vat).toEqual({ category: "O", rateBps: null });
    expect(einvoice.vatBreakdown[0]).toMatchObject({ category: "O", rateBps: null, exemptionCode: "VATEX-EU-O" });
  });
});

describe("einvoiceOfDocument: parties", () => {
  it("BR-FR-10 BR-FR-13 seller: SIREN as legal id (0002) and electronic address (0225), SIRET, VAT number", () => {
    expect(ofShape("invoice at two rates").seller).toMatchObject({
      name: "Atelier Banc d'Essai SAS",
      tradeName: "Banc d'Essai",
      siren: "732829320",
      siret: "73282932000074",
      vatNumber: "FR44732829320",
      taxRegistrationId: null,
      electronicAddress: { scheme: "0225", id: "732829320" },
    });
  });

  it("BR-FR-11 BR-FR-21 a French business buyer (B2B): SIREN and BT-49 = SIREN in scheme 0225", () => {
    expect(ofShape("invoice at two rates").buyer).toMatchObject({
      name: "Boulangerie Dupain SARL",
      siren: "443061841",
      siret: "44306184100047",
      vatNumber: "FR64443061841",
      electronicAddress: { scheme: "0225", id: "443061841" },
    });
  });

  it("BR-FR-12 a buyer without SIREN (consumer, business abroad) is reached at its email (EM)", () => {
    expect(ofShape("293 B franchise to an individual").buyer).toMatchObject({
      siren: null,
      electronicAddress: { scheme: "EM", id: "jeanne.durand@example.org" },
    });
    expect(ofShape("export outside the EU in USD").buyer.electronicAddress).toEqual({
      scheme: "EM",
      id: "ap@acme.example",
    });
  });

  it("BR-FR-09 a SIRET that does not start with the SIREN is left out", () => {
    const einvoice = map(issuedDocument([{ description: "A", unitPriceCents: 100 }]), {
      ...FRENCH_COMPANY,
      siret: "73282932000074",
    });
    expect(einvoice.buyer).toMatchObject({ siren: "443061841", siret: null });
  });

  it("BR-E-02 a franchise seller without VAT number gives its SIREN as tax registration (FC)", () => {
    expect(ofShape("293 B franchise to an individual").seller).toMatchObject({
      vatNumber: null,
      taxRegistrationId: "123456782",
    });
    expect(FRANCHISE_SELLER.vatNumber).toBeNull();
  });

  it("BR-O-02 an invoice outside the scope of VAT carries no VAT identifier", () => {
    const einvoice = einvoiceOfDocument(shape("services outside the scope of French VAT").document, SELLER, {
      ...US_COMPANY,
      vatNumber: "US-123",
    });
    expect(einvoice.seller).toMatchObject({ vatNumber: null, taxRegistrationId: null });
    expect(einvoice.buyer.vatNumber).toBeNull();
  });

  it("BR-AE-02 BR-IC-02 an EU business buyer: its VAT number", () => {
    expect(ofShape("EU business: reverse-charge services and intra-community goods").buyer.vatNumber).toBe(
      "DE123456789",
    );
  });

  it("BG-13 a delivery address typed as text goes on the deliver-to lines, in the buyer's country", () => {
    expect(ofShape("export outside the EU in USD").shipTo).toEqual({
      name: "Acme Corporation",
      address: {
        line1: "Acme Warehouse",
        line2: "200 Harbor Road",
        line3: "Oakland, CA 94607",
        postalCode: null,
        city: null,
        country: "US",
      },
    });
    expect(ofShape("invoice at two rates").shipTo).toBeNull();
  });
});

describe("einvoiceOfDocument: notes", () => {
  const subjects = (einvoice: EInvoice) => einvoice.notes.map((note) => note.subject);
  const text = (einvoice: EInvoice, subject: string) => einvoice.notes.find((note) => note.subject === subject)?.text;

  it("BR-FR-05 BR-FR-06 PMT/PMD/AAB notes, once each, with the seller's texts (documentMentions)", () => {
    const einvoice = ofShape("invoice at two rates");
    for (const subject of ["AAB", "PMD", "PMT"])
      expect(subjects(einvoice).filter((s) => s === subject)).toHaveLength(1);
    expect(text(einvoice, "AAB")).toBe(SELLER.earlyPaymentDiscountText);
    expect(text(einvoice, "PMD")).toBe(SELLER.latePenaltyText);
    expect(text(einvoice, "PMT")).toMatch(/40/);
  });

  it("BR-FR-05 a credit note states that AAB, PMD and PMT do not apply", () => {
    const einvoice = ofShape("partial credit note");
    expect(text(einvoice, "AAB")).toBe("Escompte\u00a0: sans objet (avoir).");
    expect(text(einvoice, "PMD")).toBe("Pénalités de retard\u00a0: sans objet (avoir).");
    expect(text(einvoice, "PMT")).toBe("Indemnité forfaitaire pour frais de recouvrement\u00a0: sans objet (avoir).");
  });

  it("BR-FR-05 a consumer is owed no 40 € indemnity: the PMT note says so", () => {
    expect(text(ofShape("293 B franchise to an individual"), "PMT")).toBe(
      "Indemnité forfaitaire pour frais de recouvrement\u00a0: non applicable (client non professionnel).",
    );
  });

  it("BR-FR-20 BAR note: B2B for a French business, B2BINT abroad, B2C for a consumer", () => {
    const document = issuedDocument([{ description: "A", unitPriceCents: 100 }]);
    expect(text(map(document, FRENCH_COMPANY), "BAR")).toBe("B2B");
    expect(text(map(document, EU_COMPANY), "BAR")).toBe("B2BINT");
    expect(text(map(document, INDIVIDUAL), "BAR")).toBe("B2C");
  });

  it("BR-FR-20 a business with a SIREN is B2B wherever it bills from; Monaco, without SIREN, is B2BINT", () => {
    const document = issuedDocument([{ description: "A", unitPriceCents: 100 }]);
    const abroad = { ...FRENCH_COMPANY, billingAddress: { ...FRENCH_COMPANY.billingAddress, country: "BE" } };
    expect(text(map(document, abroad), "BAR")).toBe("B2B");
    const monaco = {
      ...EU_COMPANY,
      vatNumber: "FR12000000000",
      billingAddress: { ...EU_COMPANY.billingAddress, country: "MC" },
    };
    expect(text(map(document, monaco), "BAR")).toBe("B2BINT");
  });

  it("legal mentions of documentMentions are REG notes (exemptions, VAT on debits, nature, EUR VAT, insurance)", () => {
    const franchise = ofShape("293 B franchise to an individual");
    expect(franchise.notes.filter((note) => note.subject === "REG").map((note) => note.text)).toEqual([
      "TVA non applicable, art. 293 B du CGI",
      "Nature de l'opération\u00a0: prestation de services",
      "Assurance professionnelle : Assurances Mutuelles, contrat n° RC-2026-001, couverture géographique : France",
    ]);
    const debits = ofShape("final invoice deducting a deposit, prices incl. VAT");
    expect(text(debits, "REG")).toBe("Option pour le paiement de la taxe d'après les débits");
    expect(ofShape("export outside the EU in USD").notes.map((note) => note.text)).toContain(
      "VAT amount in euros: €0.00 (exchange rate: 1 USD = 0.9234 EUR)",
    );
  });

  it("the document's free notes are an AAI note", () => {
    expect(text(ofShape("invoice at two rates"), "AAI")).toBe("Merci pour votre confiance !");
  });
});

describe("einvoiceOfDocument: names as the PDF prints them", () => {
  it("BR-6 a sole trader's legal name carries EI (loi 2022-172)", () => {
    const document = issuedDocument([{ description: "A", unitPriceCents: 100 }], { vatExempt: true });
    const seller = { ...FRANCHISE_SELLER, legalName: "Camille Martin" };
    expect(einvoiceOfDocument(document, seller, INDIVIDUAL).seller.name).toBe("Camille Martin EI");
    expect(einvoiceOfDocument(document, FRANCHISE_SELLER, INDIVIDUAL).seller.name).toBe("Camille Martin EI");
  });

  it("BR-7 a person by first and last names, a company by its legal name", () => {
    const document = issuedDocument([{ description: "A", unitPriceCents: 100 }]);
    expect(map(document, { ...INDIVIDUAL, name: "Mme Durand" }).buyer.name).toBe("Jeanne Durand");
    expect(map(document, { ...FRENCH_COMPANY, legalName: null }).buyer.name).toBe("Boulangerie Dupain");
  });
});
