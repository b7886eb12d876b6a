import {
  VAT_EXEMPTION_REASONS,
  categoryNeedsReason,
  defaultVatTreatment,
  exemptionReason,
  reasonsOfCategory,
  vatTreatmentProblem,
  type VatContext,
} from "@/lib/vat/vat-categories";

const client = (country: string, kind: "COMPANY" | "INDIVIDUAL", vatNumber: string | null = null) => ({
  country,
  kind,
  vatNumber,
});
const normal = (c: VatContext["client"]): VatContext => ({ vatRegime: "NORMAL", client: c });
const goods = { kind: "GOODS" as const, rateBps: 2000 };
const service = { kind: "SERVICE" as const, rateBps: 2000 };

describe("defaultVatTreatment (the rule table)", () => {
  it("under the 293 B franchise every line is exempt with the franchise reason, whoever the client", () => {
    for (const c of [client("FR", "COMPANY"), client("DE", "COMPANY", "DE123456789"), client("US", "INDIVIDUAL")]) {
      expect(defaultVatTreatment({ vatRegime: "FRANCHISE", client: c }, goods)).toEqual({
        category: "E",
        rateBps: 0,
        exemptionCode: "VATEX-FR-FRANCHISE",
      });
    }
  });

  it("a French client (or Monaco, or no client yet) gets French VAT at the article's rate", () => {
    expect(defaultVatTreatment(normal(client("FR", "COMPANY")), { kind: "SERVICE", rateBps: 550 })).toEqual({
      category: "S",
      rateBps: 550,
      exemptionCode: null,
    });
    expect(defaultVatTreatment(normal(client("MC", "INDIVIDUAL")), goods).category).toBe("S");
    expect(defaultVatTreatment(normal(null), goods).category).toBe("S");
  });

  it("a 0 % article for a French client is exempt and still needs its reason (0 % is never a rate without one)", () => {
    const treatment = defaultVatTreatment(normal(client("FR", "COMPANY")), { kind: "SERVICE", rateBps: 0 });
    expect(treatment).toEqual({ category: "E", rateBps: 0, exemptionCode: null });
    expect(vatTreatmentProblem(treatment)).toEqual({ field: "vatExemptionCode", code: "vat_reason_required" });
  });

  it("an EU business with a VAT number: goods are an intra-community supply (K, art. 262 ter I), services reverse charge (AE)", () => {
    const eu = normal(client("DE", "COMPANY", "DE123456789"));
    expect(defaultVatTreatment(eu, goods)).toEqual({ category: "K", rateBps: 0, exemptionCode: "VATEX-EU-IC" });
    expect(defaultVatTreatment(eu, service)).toEqual({ category: "AE", rateBps: 0, exemptionCode: "VATEX-EU-AE" });
    expect(exemptionReason("VATEX-EU-IC")!.text.fr).toBe("Exonération de TVA, article 262 ter I du CGI");
    expect(exemptionReason("VATEX-EU-AE")!.text.fr).toMatch(/^Autoliquidation/);
  });

  it("an EU client without a VAT number (or an individual) pays French VAT", () => {
    expect(defaultVatTreatment(normal(client("BE", "COMPANY", null)), goods).category).toBe("S");
    expect(defaultVatTreatment(normal(client("BE", "INDIVIDUAL", "BE0123456789")), service).category).toBe("S");
  });

  it("outside the EU: goods are exports (G, art. 262 I), services to a business outside the scope (O, art. 259-1), services to an individual taxed in France", () => {
    expect(defaultVatTreatment(normal(client("US", "COMPANY")), goods)).toEqual({
      category: "G",
      rateBps: 0,
      exemptionCode: "VATEX-EU-G",
    });
    expect(defaultVatTreatment(normal(client("CH", "COMPANY")), service)).toEqual({
      category: "O",
      rateBps: 0,
      exemptionCode: "VATEX-EU-O",
    });
    expect(defaultVatTreatment(normal(client("US", "INDIVIDUAL")), service).category).toBe("S");
    expect(defaultVatTreatment(normal(client("US", "INDIVIDUAL")), goods).category).toBe("G");
  });
});

describe("vatTreatmentProblem", () => {
  it("accepts every category with a valid rate and reason", () => {
    expect(vatTreatmentProblem({ category: "S", rateBps: 2000, exemptionCode: null })).toBeNull();
    expect(vatTreatmentProblem({ category: "Z", rateBps: 0, exemptionCode: null })).toBeNull();
    for (const reason of VAT_EXEMPTION_REASONS) {
      expect(vatTreatmentProblem({ category: reason.category, rateBps: 0, exemptionCode: reason.code })).toBeNull();
    }
  });

  it("refuses a standard line at 0 %, and an exempt category at a rate", () => {
    expect(vatTreatmentProblem({ category: "S", rateBps: 0, exemptionCode: null })).toEqual({
      field: "vatCategory",
      code: "vat_zero_needs_category",
    });
    expect(vatTreatmentProblem({ category: "K", rateBps: 2000, exemptionCode: "VATEX-EU-IC" })).toEqual({
      field: "vatRate",
      code: "vat_rate_not_zero_for_category",
    });
  });

  it("refuses a missing, unknown, foreign or superfluous reason", () => {
    expect(vatTreatmentProblem({ category: "AE", rateBps: 0, exemptionCode: null })?.code).toBe("vat_reason_required");
    expect(vatTreatmentProblem({ category: "E", rateBps: 0, exemptionCode: "VATEX-XX-NOPE" })?.code).toBe(
      "vat_reason_unknown",
    );
    expect(vatTreatmentProblem({ category: "G", rateBps: 0, exemptionCode: "VATEX-EU-IC" })?.code).toBe(
      "vat_reason_wrong_category",
    );
    expect(vatTreatmentProblem({ category: "S", rateBps: 2000, exemptionCode: "VATEX-EU-IC" })?.code).toBe(
      "vat_reason_not_allowed",
    );
  });

  it("every category that needs a reason has at least one to choose", () => {
    for (const category of ["E", "AE", "K", "G", "O"] as const) {
      expect(categoryNeedsReason(category)).toBe(true);
      expect(reasonsOfCategory(category).length).toBeGreaterThan(0);
    }
    expect(categoryNeedsReason("S")).toBe(false);
    expect(categoryNeedsReason("Z")).toBe(false);
  });
});
