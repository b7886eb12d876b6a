import { render, screen, within } from "@testing-library/react";
import { VatReportTables } from "@/components/reports/vat-report-tables";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { ca3Lines } from "@/lib/reports/vat/ca3-lines";
import type { VatReport } from "@/lib/reports/vat/vat-report";
import { totalOf, type VatRow } from "@/lib/reports/vat/vat-rows";

const invoiced: VatRow[] = [
  { vatCategory: "S", vatRateBps: 2000, baseCents: 185_000, vatCents: 37_000 },
  { vatCategory: "S", vatRateBps: 550, baseCents: 29_997, vatCents: 1_650 },
  { vatCategory: "K", vatRateBps: 0, baseCents: 25_000, vatCents: 0 },
];
const received: VatRow[] = [{ vatCategory: "S", vatRateBps: 2000, baseCents: 40_000, vatCents: 8_000 }];
const due: VatRow[] = [
  { vatCategory: "S", vatRateBps: 2000, baseCents: 80_000, vatCents: 16_000 },
  { vatCategory: "K", vatRateBps: 0, baseCents: 25_000, vatCents: 0 },
];

function report(vatOnDebits: boolean): VatReport {
  const dueRows = vatOnDebits ? invoiced : due;
  return {
    period: { from: "2026-07-01", to: "2026-09-30" },
    currency: "EUR",
    vatOnDebits,
    franchise: false,
    invoiced,
    received: vatOnDebits ? [] : received,
    due: dueRows,
    totals: { invoiced: totalOf(invoiced), received: totalOf(vatOnDebits ? [] : received), due: totalOf(dueRows) },
    ca3: ca3Lines(dueRows),
  };
}

// Intl's French spacing (narrow no-break spaces) is normalized to plain spaces for reading.
const text = (element: HTMLElement) => element.textContent!.replace(/[\u202f\u00a0]/g, " ");

describe("VatReportTables", () => {
  it("on receipts: the invoiced, received and due tables, each by category and rate with its total", () => {
    render(<VatReportTables report={report(false)} locale="fr" labels={fr.reports.vat} />);
    const table = screen.getByRole("table", { name: /TVA des factures.*1 juillet 2026 au 30 septembre 2026/ });
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual(["Catégorie", "Taux", "Base HT", "TVA"]);
    const rows = within(table).getAllByRole("rowheader").map(text);
    expect(rows).toEqual([
      "TVA au taux normal ou réduit",
      "TVA au taux normal ou réduit",
      "Livraison intracommunautaire",
      "Total",
    ]);
    const reduced = within(table).getAllByRole("row")[2]!;
    expect(within(reduced).getAllByRole("cell").map(text)).toEqual(["5,5 %", "299,97 €", "16,50 €"]);
    const total = within(table).getByRole("rowheader", { name: "Total" }).closest("tr")!;
    expect(within(total).getAllByRole("cell").map(text)).toEqual(["", "2 399,97 €", "386,50 €"]);

    const receivedTable = screen.getByRole("table", { name: /TVA des règlements reçus/ });
    expect(within(receivedTable).getAllByRole("cell").map(text).slice(0, 3)).toEqual(["20 %", "400,00 €", "80,00 €"]);
    expect(screen.getByRole("table", { name: /TVA due du 1 juillet 2026/ })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "TVA encaissée sur les services" })).toBeInTheDocument();
    // No link in the tables: each scroll box is a focusable region named by its heading.
    const region = screen.getByRole("region", { name: "TVA encaissée sur les services" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(within(region).getByRole("table")).toBe(receivedTable);
  });

  it("the CA3 table names each line with its code as the row header", () => {
    render(<VatReportTables report={report(false)} locale="fr" labels={fr.reports.vat} />);
    const table = screen.getByRole("table", { name: /Lignes de la déclaration CA3/ });
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual(["Ligne", "Libellé", "Base HT", "TVA"]);
    expect(within(table).getAllByRole("rowheader").map(text)).toEqual(["A1", "F2", "08", "16"]);
    const line08 = within(table).getByRole("rowheader", { name: "08" }).closest("tr")!;
    expect(within(line08).getAllByRole("cell").map(text)).toEqual(["Taux normal 20 %", "800,00 €", "160,00 €"]);
    const line16 = within(table).getByRole("rowheader", { name: "16" }).closest("tr")!;
    expect(within(line16).getAllByRole("cell").map(text)).toEqual(["Total de la TVA brute due", "", "160,00 €"]);
  });

  it("on debits: only the invoiced table and the CA3 lines, in English", () => {
    render(<VatReportTables report={report(true)} locale="en" labels={en.reports.vat} />);
    expect(screen.getAllByRole("table")).toHaveLength(2);
    expect(screen.queryByRole("table", { name: /payments received/ })).toBeNull();
    const table = screen.getByRole("table", { name: /VAT of the invoices.*1 July 2026 to 30 September 2026/ });
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual(["Category", "Rate", "Base excl. VAT", "VAT"]);
    const ca3 = screen.getByRole("table", { name: /Lines of the CA3 return/ });
    expect(within(ca3).getByRole("rowheader", { name: "09" }).closest("tr")!.textContent).toContain(
      "Reduced rate 5.5 %",
    );
  });
});
