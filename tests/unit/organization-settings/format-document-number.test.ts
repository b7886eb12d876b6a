import {
  defaultNumberingFormats,
  formatDocumentNumber,
  numberingFormatsInput,
  numberingInputFromFields,
} from "@/lib/organization-settings/numbering";

describe("formatDocumentNumber", () => {
  it("writes prefix, year and the zero-padded counter", () => {
    expect(formatDocumentNumber(defaultNumberingFormats.INVOICE, 2026, 1)).toBe("F-2026-00001");
    expect(formatDocumentNumber(defaultNumberingFormats.CREDIT_NOTE, 2026, 42)).toBe("AV-2026-00042");
    expect(formatDocumentNumber(defaultNumberingFormats.QUOTE, 2027, 123)).toBe("D-2027-00123");
    expect(formatDocumentNumber(defaultNumberingFormats.DEPOSIT_INVOICE, 2026, 7)).toBe("AC-2026-00007");
  });

  it("leaves the year out when asked, and pads to the configured width", () => {
    expect(formatDocumentNumber({ prefix: "FAC", includeYear: false, padding: 3 }, 2026, 5)).toBe("FAC-005");
    expect(formatDocumentNumber({ prefix: "F", includeYear: true, padding: 8 }, 2026, 5)).toBe("F-2026-00000005");
  });

  it("never truncates a counter longer than the padding", () => {
    expect(formatDocumentNumber({ prefix: "F", includeYear: true, padding: 3 }, 2026, 123456)).toBe("F-2026-123456");
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses counter %p", (counter) => {
    expect(() => formatDocumentNumber(defaultNumberingFormats.INVOICE, 2026, counter)).toThrow(RangeError);
  });

  it("refuses a year that is not four digits", () => {
    expect(() => formatDocumentNumber(defaultNumberingFormats.INVOICE, 26, 1)).toThrow(RangeError);
  });
});

function fields(overrides: Record<string, string | undefined> = {}) {
  const base: Record<string, string | undefined> = {};
  for (const [type, format] of Object.entries(defaultNumberingFormats)) {
    base[`${type}.prefix`] = format.prefix;
    base[`${type}.includeYear`] = format.includeYear ? "on" : undefined;
    base[`${type}.padding`] = String(format.padding);
    base[`${type}.yearlyReset`] = format.yearlyReset ? "on" : undefined;
  }
  return numberingInputFromFields({ ...base, ...overrides });
}

function errorsOf(input: unknown) {
  const result = numberingFormatsInput.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("numberingFormatsInput", () => {
  it("reads the form fields (checkboxes absent = off) and upper-cases prefixes", () => {
    const parsed = numberingFormatsInput.parse(
      fields({ "INVOICE.prefix": " fac ", "QUOTE.includeYear": undefined, "QUOTE.yearlyReset": undefined }),
    );
    expect(parsed.INVOICE).toEqual({ prefix: "FAC", includeYear: true, padding: 5, yearlyReset: true });
    expect(parsed.QUOTE).toEqual({ prefix: "D", includeYear: false, padding: 5, yearlyReset: false });
  });

  it("checks prefix length and characters, padding bounds", () => {
    expect(
      errorsOf(
        fields({
          "INVOICE.prefix": "",
          "QUOTE.prefix": "ABCDEFGHIJK",
          "CREDIT_NOTE.prefix": "A/B",
          "DEPOSIT_INVOICE.padding": "9",
        }),
      ),
    ).toEqual({
      "INVOICE.prefix": "required",
      "QUOTE.prefix": "numbering_prefix_length",
      "CREDIT_NOTE.prefix": "numbering_prefix_chars",
      "DEPOSIT_INVOICE.padding": "numbering_padding_range",
    });
    expect(errorsOf(fields({ "INVOICE.padding": "2" }))).toEqual({ "INVOICE.padding": "numbering_padding_range" });
    expect(errorsOf(fields({ "INVOICE.prefix": "F-26_A" }))).toEqual({});
  });

  it("refuses a yearly reset without the year (the same number would come back every year)", () => {
    expect(errorsOf(fields({ "INVOICE.includeYear": undefined }))).toEqual({
      "INVOICE.yearlyReset": "numbering_reset_needs_year",
    });
  });

  it("refuses two document types with the same prefix", () => {
    expect(errorsOf(fields({ "DEPOSIT_INVOICE.prefix": "f" }))).toEqual({
      "DEPOSIT_INVOICE.prefix": "numbering_prefix_duplicate",
    });
  });
});
