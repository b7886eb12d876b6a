/** @jest-environment node */
import {
  parseDocumentListQuery,
  parsePaymentListQuery,
  type DocumentListQuery,
} from "@/lib/documents/lists/document-list-query";
import { AppError } from "@/lib/errors/app-error";
import {
  documentListExportHref,
  documentListExportProblem,
  paymentListExportHref,
  paymentListExportProblem,
} from "@/lib/exports/lists/list-export-href";
import {
  documentListExportQuery,
  documentListExportSchemas,
  exportParamsOf,
  paymentListExportParams,
  paymentListExportQuery,
} from "@/lib/exports/lists/list-export-params";

// The export's strict check against the page's forgiving parser: a value is refused exactly
// when the page would drop it (fall back to its default), so a file never holds another
// selection than the page, and never refuses a value the page uses.

const values = [
  "",
  " ",
  "x",
  "OVERDUE",
  " OVERDUE",
  "overdue",
  "PAID",
  "EXPIRED",
  "DEPOSIT_INVOICE",
  "QUOTE",
  "date",
  "total",
  "amount",
  "asc",
  "desc",
  "DESC",
  "2026-12-07",
  " 2026-12-07 ",
  "2026-02-30",
  "07/12/2026",
  "12,50",
  "1 234,56 €",
  "12,345",
  "-5",
  "1",
  "yes",
  "ON",
  "0",
  "off",
  "maybe",
  "cm1abcdefghijklmnop",
  "y".repeat(65),
  "a\u0000b",
  "z".repeat(201),
];

/** Values equal to the default, which the page keeps without them changing anything. */
const sameAsDefault: Record<string, string[]> = {
  sort: ["date"],
  dir: ["desc"],
  overdue: ["0", "off", "false", "no"],
};

function pageDrops(field: string, value: string, parse: (params: Record<string, string>) => unknown) {
  return JSON.stringify(parse({ [field]: value })) === JSON.stringify(parse({}));
}

describe("strict check = what the page keeps", () => {
  const invoiceFields = ["q", "sort", "dir", "status", "type", "client", "from", "to", "min", "max", "overdue"];
  it.each(invoiceFields)("invoices ?%s=", (field) => {
    const parse = (params: Record<string, string>) => parseDocumentListQuery("invoices", params);
    for (const value of values) {
      const accepted = documentListExportSchemas.invoices.safeParse({ [field]: value }).success;
      const blank = value.trim() === "" || (sameAsDefault[field] ?? []).includes(value.trim().toLowerCase());
      // q: control characters are dropped by both, not refused ("a\0b" searches "ab").
      if (accepted && !blank) expect([field, value, pageDrops(field, value, parse)]).toEqual([field, value, false]);
      if (!accepted) expect([field, value, pageDrops(field, value, parse)]).toEqual([field, value, true]);
    }
  });

  it.each(["q", "sort", "dir", "method", "client", "from", "to"])("payments ?%s=", (field) => {
    for (const value of values) {
      const accepted = paymentListExportParams.safeParse({ [field]: value }).success;
      const blank = value.trim() === "" || (sameAsDefault[field] ?? []).includes(value.trim().toLowerCase());
      if (accepted && !blank)
        expect([field, value, pageDrops(field, value, parsePaymentListQuery)]).toEqual([field, value, false]);
      if (!accepted)
        expect([field, value, pageDrops(field, value, parsePaymentListQuery)]).toEqual([field, value, true]);
    }
  });

  it("each list accepts only its own statuses and types", () => {
    const accepts = (kind: "quotes" | "invoices" | "creditNotes", params: Record<string, string>) =>
      documentListExportSchemas[kind].safeParse(params).success;
    expect(accepts("quotes", { status: "EXPIRED" })).toBe(true);
    expect(accepts("invoices", { status: "EXPIRED" })).toBe(false);
    expect(accepts("creditNotes", { status: "OVERDUE" })).toBe(false);
    expect(accepts("invoices", { type: "DEPOSIT_INVOICE" })).toBe(true);
    expect(accepts("quotes", { type: "INVOICE" })).toBe(false);
  });
});

describe("documentListExportQuery", () => {
  const codes = (run: () => unknown) => {
    try {
      run();
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).details.fieldErrors;
    }
  };

  it("is the page's query for the same parameters", () => {
    const params = { q: " dupont ", status: "OVERDUE", from: "2026-01-01", to: "2026-12-31", min: "10", sort: "total" };
    expect(documentListExportQuery("invoices", params)).toEqual(parseDocumentListQuery("invoices", params));
    expect(paymentListExportQuery({ method: "CASH", dir: "asc" })).toEqual(
      parsePaymentListQuery({ method: "CASH", dir: "asc" }),
    );
  });

  it("refuses contradictions the page would show as an empty list", () => {
    expect(codes(() => documentListExportQuery("invoices", { from: "2026-02-01", to: "2026-01-31" }))).toEqual({
      to: ["dates_reversed"],
    });
    expect(codes(() => documentListExportQuery("invoices", { min: "20", max: "19,99" }))).toEqual({
      max: ["amounts_reversed"],
    });
    // Ten years to the day: 2016-01-01 → 2025-12-31 is fine, one more day is not.
    expect(codes(() => documentListExportQuery("quotes", { from: "2016-01-01", to: "2025-12-31" }))).toBeNull();
    expect(codes(() => paymentListExportQuery({ from: "2016-01-01", to: "2026-01-01" }))).toEqual({
      to: ["range_too_long"],
    });
  });

  it("refuses a repeated parameter, which the page and a URL reader could read differently", () => {
    const params = exportParamsOf(new URLSearchParams("status=PAID&status=OVERDUE&q=a"));
    expect(params).toEqual({ status: ["PAID", "OVERDUE"], q: "a" });
    expect(codes(() => documentListExportQuery("invoices", params))).toEqual({ status: ["status_invalid"] });
  });
});

describe("download links of a list page", () => {
  const query = (params: Record<string, string>): DocumentListQuery => parseDocumentListQuery("invoices", params);

  it("carry what the page shows, without its page", () => {
    expect(documentListExportHref("invoices", query({}))).toBe("/api/exports/documents/invoices");
    expect(
      documentListExportHref(
        "invoices",
        query({ status: "OVERDUE", q: "dupont", page: "3", pageSize: "50", sort: "total", min: "12,5" }),
      ),
    ).toBe("/api/exports/documents/invoices?q=dupont&sort=total&status=OVERDUE&min=12.50");
    // A value the page dropped is not in the file's link either.
    expect(documentListExportHref("creditNotes", parseDocumentListQuery("creditNotes", { status: "BOGUS" }))).toBe(
      "/api/exports/documents/credit-notes",
    );
    expect(paymentListExportHref(parsePaymentListQuery({ method: "CARD", page: "2" }))).toBe(
      "/api/exports/payments?method=CARD",
    );
  });

  it("say why the export would refuse what the page shows", () => {
    expect(documentListExportProblem("invoices", query({ from: "2026-02-01" }), 10)).toBeNull();
    expect(documentListExportProblem("invoices", query({ from: "2026-02-01", to: "2026-01-01" }), 0)).toBe(
      "dates_reversed",
    );
    // An XLSX holds 10,000 rows, a CSV 50,000 (list-export-limits.ts).
    expect(documentListExportProblem("invoices", query({}), 10_000)).toBeNull();
    expect(documentListExportProblem("invoices", query({}), 10_001)).toBe("xlsx_too_large");
    expect(documentListExportProblem("invoices", query({}), 50_000)).toBe("xlsx_too_large");
    expect(documentListExportProblem("invoices", query({}), 50_001)).toBe("export_too_large");
    // A contradiction is said first: narrowing the filters would not help.
    expect(documentListExportProblem("invoices", query({ min: "9", max: "1" }), 60_000)).toBe("amounts_reversed");
    expect(paymentListExportProblem(parsePaymentListQuery({ from: "2000-01-01", to: "2026-01-01" }), 3)).toBe(
      "range_too_long",
    );
  });
});
