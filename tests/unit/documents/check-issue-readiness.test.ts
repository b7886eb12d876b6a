import { documentNotReady, issueReadinessProblems, type ReadinessSource } from "@/lib/documents/check-issue-readiness";

const address = (country: string) => ({ line1: "1 rue A", line2: null, postalCode: "75001", city: "Paris", country });

function source(overrides: Partial<ReadinessSource> = {}): ReadinessSource {
  return {
    type: "INVOICE",
    currency: "EUR",
    exchangeRate: null,
    seller: { vatRegime: "NORMAL", vatNumber: "FR44732829320" },
    client: { kind: "COMPANY", siren: "732829320", billingAddress: address("FR") },
    lines: [{ vatCategory: "S", vatRateBps: 2000, vatExemptionCode: null, deductedDocumentId: null }],
    vatExempt: false,
    ...overrides,
  };
}

describe("issueReadinessProblems", () => {
  it("a complete invoice is ready", () => {
    expect(issueReadinessProblems(source())).toEqual([]);
  });

  it("a VAT-registered seller must have its VAT number; a franchise seller need not", () => {
    expect(issueReadinessProblems(source({ seller: { vatRegime: "NORMAL", vatNumber: " " } }))).toEqual([
      { field: "seller.vatNumber", code: "seller_vat_number_required" },
    ]);
    expect(issueReadinessProblems(source({ seller: { vatRegime: "FRANCHISE", vatNumber: null } }))).toEqual([]);
  });

  it("a French business client must have its SIREN; an individual or a foreign business need not", () => {
    const noSiren = { kind: "COMPANY" as const, siren: null, billingAddress: address("FR") };
    expect(issueReadinessProblems(source({ client: noSiren }))).toEqual([
      { field: "client.siren", code: "client_siren_required" },
    ]);
    expect(issueReadinessProblems(source({ client: { ...noSiren, kind: "INDIVIDUAL" } }))).toEqual([]);
    expect(issueReadinessProblems(source({ client: { ...noSiren, billingAddress: address("DE") } }))).toEqual([]);
    // Monaco: French VAT territory, but no SIREN there.
    expect(issueReadinessProblems(source({ client: { ...noSiren, billingAddress: address("MC") } }))).toEqual([]);
  });

  it("a document in another currency needs its exchange rate", () => {
    expect(issueReadinessProblems(source({ currency: "USD" }))).toEqual([
      { field: "exchangeRate", code: "exchange_rate_required" },
    ]);
    expect(issueReadinessProblems(source({ currency: "USD", exchangeRate: "0.92" }))).toEqual([]);
  });

  it("a 0 % line without its reason is refused on its field; deposit deductions are not lines to fix", () => {
    const lines = [
      { vatCategory: "S" as const, vatRateBps: 2000, vatExemptionCode: null, deductedDocumentId: null },
      { vatCategory: "E" as const, vatRateBps: 0, vatExemptionCode: null, deductedDocumentId: null },
      { vatCategory: "E" as const, vatRateBps: 0, vatExemptionCode: null, deductedDocumentId: "dep1" },
    ];
    expect(issueReadinessProblems(source({ lines }))).toEqual([
      { field: "lines.1.vatExemptionCode", code: "vat_reason_required" },
    ]);
  });

  it("the refusal carries every field error and the client to fix", () => {
    const error = documentNotReady(
      [
        { field: "client.siren", code: "client_siren_required" },
        { field: "exchangeRate", code: "exchange_rate_required" },
      ],
      "client-1",
    );
    expect(error).toMatchObject({ kind: "VALIDATION", code: "document_not_ready", status: 400 });
    expect(error.details).toEqual({
      fieldErrors: { "client.siren": ["client_siren_required"], exchangeRate: ["exchange_rate_required"] },
      clientId: "client-1",
    });
  });
});
