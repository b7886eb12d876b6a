import { figureChange, pointsChange } from "@/lib/dashboard/figure-change";
import { figureLinks } from "@/lib/dashboard/figure-links";
import { parseDocumentListQuery, parsePaymentListQuery } from "@/lib/documents/lists/document-list-query";

describe("figureChange", () => {
  it("says up or down in whole percents of the previous value", () => {
    expect(figureChange(112, 100)).toEqual({ kind: "up", percent: 12 });
    expect(figureChange(95, 100)).toEqual({ kind: "down", percent: 5 });
    expect(figureChange(0, 100)).toEqual({ kind: "down", percent: 100 });
    expect(figureChange(-50, -100)).toEqual({ kind: "up", percent: 50 });
  });

  it("has no percentage against zero", () => {
    expect(figureChange(100, 0)).toEqual({ kind: "new" });
    expect(figureChange(0, 0)).toEqual({ kind: "same" });
    expect(figureChange(1000, 1001)).toEqual({ kind: "same" });
  });

  it("compares rates in points, and not at all when one is unknown", () => {
    expect(pointsChange(0.75, 0.5)).toEqual({ kind: "up", percent: 25 });
    expect(pointsChange(0.5, 0.75)).toEqual({ kind: "down", percent: 25 });
    expect(pointsChange(0.5, null)).toBeNull();
  });
});

describe("figureLinks", () => {
  it("each link's parameters are ones its list reads back as the same filter", () => {
    const links = figureLinks({ from: "2026-01-01", to: "2026-03-31" });
    const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(links.invoiced).toBe("/invoices?from=2026-01-01&to=2026-03-31");
    expect(parseDocumentListQuery("invoices", params(links.invoiced))).toMatchObject({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(parsePaymentListQuery(params(links.collected))).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    expect(links.collected.startsWith("/payments?")).toBe(true);
    expect(parseDocumentListQuery("invoices", params(links.overdue)).overdue).toBe(true);
    expect(parseDocumentListQuery("quotes", params(links.pendingQuotes)).status).toBe("SENT");
    expect(parseDocumentListQuery("quotes", params(links.acceptanceRate)).status).toBe("ACCEPTED");
    expect(parseDocumentListQuery("invoices", params(links.daysToPay)).status).toBe("PAID");
    expect(parseDocumentListQuery("creditNotes", params(links.creditNotes)).from).toBe("2026-01-01");
  });
});
