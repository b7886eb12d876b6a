import { documentInput, type DocumentRawInput } from "@/lib/documents/document-schema";

const line = (overrides: Record<string, unknown> = {}) => ({
  description: "Développement",
  quantity: "1,5",
  unit: "heure",
  unitPrice: "80,00",
  vatRate: "2000",
  kind: "",
  ...overrides,
});
const draft = (overrides: Partial<DocumentRawInput> = {}): DocumentRawInput =>
  ({ clientId: "client-1", lines: [line()], ...overrides }) as DocumentRawInput;

function errorsOf(input: DocumentRawInput) {
  const result = documentInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("documentInput", () => {
  it("reads values as typed: thousandths, cents, basis points, unit keys, discounts", () => {
    const parsed = documentInput.parse(
      draft({
        discountKind: "PERCENT",
        discountValue: "10",
        lines: [
          line(),
          line({ quantity: "0.1", unitPrice: "3", vatRate: "5,5", discountKind: "AMOUNT", discountValue: "0,10" }),
        ],
      }),
    );
    expect(parsed.discount).toEqual({ kind: "PERCENT", value: 1000 });
    expect(parsed.lines[0]).toMatchObject({
      quantity: 1500,
      unit: "hour",
      unitPrice: 8000,
      vatRate: 2000,
      kind: "SERVICE",
    });
    expect(parsed.lines[1]).toMatchObject({
      quantity: 100,
      unitPrice: 300,
      vatRate: 550,
      discount: { kind: "AMOUNT", value: 10 },
    });
    expect(parsed.language).toBe("fr");
  });

  it("a blank discount value means no discount", () => {
    expect(documentInput.parse(draft({ discountKind: "AMOUNT", discountValue: "" })).discount).toBeNull();
  });

  it("names every bad field with its catalogue key", () => {
    expect(
      errorsOf(
        draft({
          clientId: "",
          issueDate: "2026-02-30",
          lines: [line({ description: " ", quantity: "1,2345", unitPrice: "-1", vatRate: "19" })],
        }),
      ),
    ).toEqual({
      clientId: "required",
      issueDate: "date_invalid",
      "lines.0.description": "required",
      "lines.0.quantity": "quantity_decimals",
      "lines.0.unitPrice": "money_negative",
      "lines.0.vatRate": "vat_rate_invalid",
    });
  });

  it("needs at least one line", () => {
    expect(errorsOf(draft({ lines: [] }))).toEqual({ lines: "lines_required" });
  });

  it("refuses discounts larger than what they discount", () => {
    expect(errorsOf(draft({ lines: [line({ discountKind: "AMOUNT", discountValue: "500" })] }))).toEqual({
      "lines.0.discountValue": "discount_exceeds_line",
    });
    expect(errorsOf(draft({ discountKind: "AMOUNT", discountValue: "1000" }))).toEqual({
      discountValue: "discount_exceeds_total",
    });
    expect(errorsOf(draft({ discountKind: "PERCENT", discountValue: "120" }))).toEqual({
      discountValue: "discount_percent_range",
    });
  });

  it("keeps dates in order", () => {
    expect(errorsOf(draft({ issueDate: "2026-11-22", dueDate: "2026-11-21" }))).toEqual({
      dueDate: "due_before_issue",
    });
    expect(errorsOf(draft({ issueDate: "2026-11-22", validUntil: "2026-11-01" }))).toEqual({
      validUntil: "valid_until_before_issue",
    });
  });

  it("refuses a document whose total would not fit the 32-bit amount columns", () => {
    expect(errorsOf(draft({ lines: [line({ quantity: "1000000", unitPrice: "1000000" })] }))).toEqual({
      lines: "document_too_large",
    });
  });
});
