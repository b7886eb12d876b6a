import { render, screen, within } from "@testing-library/react";
import { SalesTable } from "@/components/reports/sales-table";
import { SalesViewSwitch } from "@/components/reports/sales-view-switch";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import type { SalesReport } from "@/lib/reports/sales/sales-report";

const period = { from: "2026-01-01", to: "2026-03-31" };
const totals = { documentCount: 3, exclVatCents: 150_000, vatCents: 29_000, inclVatCents: 179_000 };

const byClient: SalesReport = {
  view: "client",
  period,
  currency: "EUR",
  rows: [
    {
      client: { id: "c1", name: "Alpha SAS" },
      documentCount: 2,
      exclVatCents: 100_000,
      vatCents: 20_000,
      inclVatCents: 120_000,
    },
    {
      client: { id: "c2", name: "Beta SARL" },
      documentCount: 1,
      exclVatCents: 50_000,
      vatCents: 9_000,
      inclVatCents: 59_000,
    },
  ],
  totals,
};

const byArticle: SalesReport = {
  view: "article",
  period,
  currency: "EUR",
  rows: [
    {
      group: { kind: "article", id: "a1", name: "Conseil", reference: "CONS" },
      unit: "hour",
      quantityMilli: 12_500,
      exclVatCents: 100_000,
      vatCents: 20_000,
      inclVatCents: 120_000,
    },
    {
      group: { kind: "free" },
      unit: "day",
      quantityMilli: 1_000,
      exclVatCents: 50_000,
      vatCents: 9_000,
      inclVatCents: 59_000,
    },
    { group: { kind: "deposits" }, unit: null, quantityMilli: null, exclVatCents: 0, vatCents: 0, inclVatCents: 0 },
  ],
  totals,
};

const byMonth: SalesReport = {
  view: "month",
  period,
  currency: "EUR",
  rows: [
    { month: "2026-01", documentCount: 3, exclVatCents: 150_000, vatCents: 29_000, inclVatCents: 179_000 },
    { month: "2026-02", documentCount: 0, exclVatCents: 0, vatCents: 0, inclVatCents: 0 },
  ],
  totals,
};

// Intl's French spacing (narrow no-break spaces) is normalized to plain spaces for reading.
const text = (element: HTMLElement) => element.textContent!.replace(/[\u202f\u00a0]/g, " ");

describe("SalesTable", () => {
  it("by client: a row header per client linking to it, its documents and amounts, the totals", () => {
    render(<SalesTable report={byClient} locale="fr" labels={fr.reports.sales} />);
    const table = screen.getByRole("table", { name: "Ventes du 1 janvier 2026 au 31 mars 2026, par client" });
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual([
      "Client",
      "Pièces",
      "Total HT",
      "TVA",
      "Total TTC",
    ]);
    const alpha = within(table).getByRole("rowheader", { name: "Alpha SAS" });
    expect(within(alpha).getByRole("link", { name: "Alpha SAS" })).toHaveAttribute("href", "/clients/c1");
    expect(within(alpha.closest("tr")!).getAllByRole("cell").map(text)).toEqual([
      "2",
      "1 000,00 €",
      "200,00 €",
      "1 200,00 €",
    ]);
    const total = within(table).getByRole("rowheader", { name: "Total général" }).closest("tr")!;
    expect(within(total).getAllByRole("cell").map(text)).toEqual(["3", "1 500,00 €", "290,00 €", "1 790,00 €"]);
  });

  it("by article: name, reference, unit and quantity; free lines and deposits named as such", () => {
    render(<SalesTable report={byArticle} locale="en" labels={en.reports.sales} />);
    const table = screen.getByRole("table", { name: /by article$/ });
    // No link to tab to: the scroll box itself takes the focus (sideways scrolling on a phone).
    expect(screen.getByRole("region", { name: /by article$/ })).toHaveAttribute("tabindex", "0");
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual([
      "Article",
      "Reference",
      "Unit",
      "Quantity",
      "Total excl. VAT",
      "VAT",
      "Total incl. VAT",
    ]);
    const row = within(table).getByRole("rowheader", { name: "Conseil" }).closest("tr")!;
    expect(within(row).getAllByRole("cell").map(text)).toEqual([
      "CONS",
      "hours",
      "12.5",
      "€1,000.00",
      "€200.00",
      "€1,200.00",
    ]);
    expect(within(table).getByRole("rowheader", { name: "Free lines (no article)" })).toBeInTheDocument();
    const deposits = within(table).getByRole("rowheader", { name: "Deposits (net of deductions)" }).closest("tr")!;
    expect(within(deposits).getAllByRole("cell").map(text).slice(0, 3)).toEqual(["", "", ""]);
  });

  it("by month: the month in words, quiet months at zero", () => {
    render(<SalesTable report={byMonth} locale="fr" labels={fr.reports.sales} />);
    const table = screen.getByRole("table", { name: /par mois$/ });
    expect(within(table).getAllByRole("rowheader").map(text)).toEqual([
      "janvier 2026",
      "février 2026",
      "Total général",
    ]);
    const february = within(table).getByRole("rowheader", { name: "février 2026" }).closest("tr")!;
    expect(within(february).getAllByRole("cell").map(text)).toEqual(["0", "0,00 €", "0,00 €", "0,00 €"]);
  });
});

describe("SalesViewSwitch", () => {
  it("links every view with the period kept, the current one marked", () => {
    render(
      <SalesViewSwitch view="article" periodQuery="period=last-quarter" errors={undefined} labels={fr.reports.sales} />,
    );
    const nav = screen.getByRole("navigation", { name: "Afficher par" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => [text(link), link.getAttribute("href")])).toEqual([
      ["Client", "/reports/sales?by=client&period=last-quarter"],
      ["Article", "/reports/sales?by=article&period=last-quarter"],
      ["Mois", "/reports/sales?by=month&period=last-quarter"],
    ]);
    expect(within(nav).getByRole("link", { name: "Article" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Client" })).not.toHaveAttribute("aria-current");
  });

  it("says why an unknown view was refused", () => {
    render(
      <SalesViewSwitch
        view="client"
        periodQuery="period=this-month"
        errors={["sales_view_unknown"]}
        labels={en.reports.sales}
      />,
    );
    expect(screen.getByRole("navigation", { name: "Show by" })).toHaveAccessibleDescription(
      "Choose a view: client, article or month.",
    );
  });
});
