import {
  documentListParams,
  isCalendarDate,
  parseDocumentListQuery,
  parsePaymentListQuery,
  paymentListParams,
} from "@/lib/documents/lists/document-list-query";

describe("document list query", () => {
  it("defaults: newest issue date first, page 1 of 25, no filter", () => {
    expect(parseDocumentListQuery("invoices", {})).toEqual({
      q: "",
      sort: "date",
      dir: "desc",
      page: 1,
      pageSize: 25,
      status: "",
      client: "",
      from: "",
      to: "",
      min: null,
      max: null,
      overdue: false,
      type: "",
    });
  });

  it("reads every parameter from the URL (first value of repeated keys), amounts as money", () => {
    const query = parseDocumentListQuery("invoices", {
      q: "  dupont ",
      sort: "total",
      dir: "asc",
      page: "3",
      pageSize: 50,
      status: ["OVERDUE", "PAID"],
      client: "c1",
      from: "2026-01-01",
      to: "2026-01-31",
      min: "1 234,56 €",
      max: "2000",
      overdue: "1",
      type: "DEPOSIT_INVOICE",
    });
    expect(query).toMatchObject({
      q: "dupont",
      sort: "total",
      dir: "asc",
      page: 3,
      pageSize: 50,
      status: "OVERDUE",
      client: "c1",
      from: "2026-01-01",
      to: "2026-01-31",
      min: 123_456,
      max: 200_000,
      overdue: true,
      type: "DEPOSIT_INVOICE",
    });
  });

  it("bad values fall back to their defaults; statuses and types are those of the list", () => {
    const query = parseDocumentListQuery("quotes", {
      sort: "amount",
      dir: "up",
      page: "0",
      status: "PAID",
      from: "2026-02-30",
      to: "tomorrow",
      min: "1,234",
      max: "-5",
      overdue: "perhaps",
      type: "INVOICE",
    });
    expect(query).toMatchObject({ sort: "date", dir: "desc", page: 1, status: "", from: "", to: "" });
    expect(query).toMatchObject({ min: null, max: null, overdue: false, type: "" });
    expect(parseDocumentListQuery("quotes", { status: "EXPIRED" }).status).toBe("EXPIRED");
    expect(parseDocumentListQuery("creditNotes", { status: "OVERDUE" }).status).toBe("");
    expect(parseDocumentListQuery("client", { status: "OVERDUE", type: "QUOTE" })).toMatchObject({
      status: "OVERDUE",
      type: "QUOTE",
    });
  });

  it("params of a query give the same query back (links keep the state), defaults left out", () => {
    const query = parseDocumentListQuery("invoices", {
      q: "f-2026",
      sort: "client",
      status: "PAID",
      min: "10,5",
      overdue: "true",
      page: "2",
    });
    const params = documentListParams(query);
    expect(params).toEqual({ q: "f-2026", sort: "client", status: "PAID", min: "10.50", overdue: "1", page: "2" });
    expect(parseDocumentListQuery("invoices", params)).toEqual(query);
    expect(documentListParams(parseDocumentListQuery("invoices", {}))).toEqual({});
  });

  it("payments: method, client and date range; the same round trip", () => {
    const query = parsePaymentListQuery({ method: "CHEQUE", client: "c2", from: "2026-03-01", sort: "amount" });
    expect(query).toMatchObject({ method: "CHEQUE", client: "c2", from: "2026-03-01", to: "", sort: "amount" });
    expect(parsePaymentListQuery({ method: "BITCOIN", sort: "status" })).toMatchObject({ method: "", sort: "date" });
    expect(parsePaymentListQuery(paymentListParams(query))).toEqual(query);
  });

  it("calendar dates are real days", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-13-01")).toBe(false);
    expect(isCalendarDate("2025-1-01")).toBe(false);
  });
});
