import { documentMentions, type MentionsSource } from "@/lib/documents/legal-mentions";
import type { VatCategory } from "@/lib/vat/vat-categories";

const group = (vatCategory: VatCategory, vatExemptionCode: string | null = null, vatCents = 0) => ({
  vatCategory,
  vatExemptionCode,
  vatCents,
});

function source(overrides: Partial<MentionsSource> = {}): MentionsSource {
  return {
    type: "INVOICE",
    language: "fr",
    supplyKind: "SERVICES",
    currency: "EUR",
    exchangeRate: null,
    vatTotalEurCents: null,
    dueDate: "2026-12-31",
    paymentTermsDays: 30,
    paymentTermsEndOfMonth: false,
    vatBreakdown: [group("S", null, 2000)],
    seller: {
      vatOnDebits: true,
      latePenaltyText: "Pénalités : trois fois le taux légal.",
      earlyPaymentDiscountText: "Pas d'escompte.",
      recoveryIndemnity: true,
      iban: "FR7630006000011234567890189",
      bic: "AGRIFRPP",
      insurance: null,
    },
    ...overrides,
  };
}

const keys = (mentions: { key: string }[]) => mentions.map((mention) => mention.key);

describe("documentMentions (the one decision of what a document states)", () => {
  it("an invoice states VAT on debits, its nature and every payment condition with its e-invoice subject", () => {
    const { mentions, payment } = documentMentions(source());
    expect(keys(mentions)).toEqual(["vatOnDebits", "supplyKind"]);
    expect(mentions[1]!.text).toBe("Nature de l'opération\u00a0: prestation de services");
    expect(payment.map((p) => [p.key, p.subject ?? null])).toEqual([
      ["terms", null],
      ["dueDate", null],
      ["earlyPayment", "AAB"],
      ["latePenalty", "PMD"],
      ["recoveryIndemnity", "PMT"],
      ["bank", null],
    ]);
    expect(payment[0]!.text).toBe("Conditions de paiement\u00a0: Paiement à 30 jours");
    expect(payment[1]!.text).toBe("Échéance\u00a0: 31/12/2026");
  });

  it("a quote states its terms but no penalties, indemnity, bank details or VAT on debits; and that it is free", () => {
    const { mentions, payment } = documentMentions(source({ type: "QUOTE", dueDate: null }));
    expect(keys(mentions)).toEqual(["supplyKind", "quoteFree"]);
    expect(keys(payment)).toEqual(["terms"]);
  });

  it("a credit note states no payment conditions, but VAT on debits when it carries VAT", () => {
    const { mentions, payment } = documentMentions(source({ type: "CREDIT_NOTE", dueDate: null }));
    expect(keys(mentions)).toContain("vatOnDebits");
    expect(payment).toEqual([]);
  });

  it("the 293 B franchise is stated once, and VAT on debits is not (no VAT)", () => {
    const { mentions } = documentMentions(source({ vatBreakdown: [group("E", "VATEX-FR-FRANCHISE")] }));
    expect(mentions.map((m) => m.text)).toEqual([
      "TVA non applicable, art. 293 B du CGI",
      "Nature de l'opération\u00a0: prestation de services",
    ]);
  });

  it("each exemption and the reverse charge is stated once, in the document's language", () => {
    const breakdown = [group("S", null, 100), group("AE", "VATEX-EU-AE"), group("K", "VATEX-EU-IC")];
    const fr = documentMentions(source({ vatBreakdown: breakdown, supplyKind: "BOTH" })).mentions;
    expect(fr.filter((m) => m.key === "vatExemption").map((m) => [m.vatCategory, m.exemptionCode])).toEqual([
      ["AE", "VATEX-EU-AE"],
      ["K", "VATEX-EU-IC"],
    ]);
    expect(fr[0]!.text).toMatch(/^Autoliquidation/);
    const en = documentMentions(source({ vatBreakdown: breakdown, language: "en" })).mentions;
    expect(en[0]!.text).toMatch(/^Reverse charge/);
    expect(en[1]!.text).toMatch(/262 ter I/);
  });

  it("a non-EUR invoice states its VAT total in euros and the rate used", () => {
    const { mentions } = documentMentions(
      source({ currency: "USD", exchangeRate: "0.9234", vatTotalEurCents: 18_468 }),
    );
    const eur = mentions.find((m) => m.key === "eurVatTotal");
    expect(eur?.text).toMatch(/^Montant de la TVA en euros : 184,68\s€ \(taux de change : 1 USD = 0,9234 EUR\)$/);
  });

  it("the professional insurance is printed on quotes and invoices when set", () => {
    const insurance = { insurer: "MAAF Pro", policyNumber: "D-123", coverage: "France métropolitaine" };
    for (const type of ["QUOTE", "INVOICE"] as const) {
      const { mentions } = documentMentions(source({ type, seller: { ...source().seller, insurance } }));
      expect(mentions.find((m) => m.key === "insurance")?.text).toBe(
        "Assurance professionnelle : MAAF Pro, contrat n° D-123, couverture géographique : France métropolitaine",
      );
    }
  });

  it("no 40 € indemnity for an individual client (the snapshot says so)", () => {
    const { payment } = documentMentions(source({ seller: { ...source().seller, recoveryIndemnity: false } }));
    expect(keys(payment)).not.toContain("recoveryIndemnity");
  });
});
