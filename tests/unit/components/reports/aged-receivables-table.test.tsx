import { render, screen, within } from "@testing-library/react";
import { AgedInvoices } from "@/components/reports/aged-invoices";
import { AgedReceivablesTable } from "@/components/reports/aged-receivables-table";
import { AsOfForm } from "@/components/reports/as-of-form";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import type { AgedClientInvoices } from "@/lib/reports/aged-client-invoices";
import type { AgedReceivables } from "@/lib/reports/aged-receivables";

const amounts = (notDue: number, days0To30: number, days31To60: number, days61To90: number, over90: number) => ({
  notDue,
  days0To30,
  days31To60,
  days61To90,
  over90,
  totalCents: notDue + days0To30 + days31To60 + days61To90 + over90,
});

const report: AgedReceivables = {
  asOf: "2026-12-07",
  currency: "EUR",
  clients: [
    { client: { id: "c1", name: "Alpha SAS" }, amounts: amounts(10_000, 20_000, 0, 0, 0) },
    { client: { id: "c2", name: "Beta SARL" }, amounts: amounts(0, 0, 0, 48_000, 6_000) },
  ],
  totals: amounts(10_000, 20_000, 0, 48_000, 6_000),
};

// Intl's French spacing (narrow no-break spaces) is normalized to plain spaces for reading.
const text = (element: HTMLElement) => element.textContent!.replace(/[\u202f\u00a0]/g, " ");

describe("AgedReceivablesTable", () => {
  it("shows a row per client with its buckets and total, and the totals row", () => {
    render(<AgedReceivablesTable report={report} locale="fr" labels={fr.reports.aged} />);
    const table = screen.getByRole("table", { name: /Soldes dus par client.*7 décembre 2026/ });
    const headers = within(table).getAllByRole("columnheader").map(text);
    expect(headers).toEqual([
      "Client",
      "Non échu",
      "0–30 jours",
      "31–60 jours",
      "61–90 jours",
      "Plus de 90 jours",
      "Total",
      "Détail",
      "Factures",
    ]);
    const beta = within(table).getByRole("rowheader", { name: "Beta SARL" }).closest("tr")!;
    expect(within(beta).getAllByRole("cell").map(text)).toEqual([
      "0,00 €",
      "0,00 €",
      "0,00 €",
      "480,00 €",
      "60,00 €",
      "540,00 €",
      "Détail",
      "Factures",
    ]);
    const totals = within(table).getByRole("rowheader", { name: "Total général" }).closest("tr")!;
    expect(within(totals).getAllByRole("cell").slice(0, 6).map(text)).toEqual([
      "100,00 €",
      "200,00 €",
      "0,00 €",
      "480,00 €",
      "60,00 €",
      "840,00 €",
    ]);
  });

  it("links each client to its page, to its invoices on this page and to its overdue invoices", () => {
    render(<AgedReceivablesTable report={report} locale="en" labels={en.reports.aged} />);
    expect(screen.getByRole("link", { name: "Alpha SAS" })).toHaveAttribute("href", "/clients/c1");
    expect(screen.getByRole("link", { name: "Overdue invoices of Beta SARL" })).toHaveAttribute(
      "href",
      "/invoices?client=c2&overdue=1",
    );
    expect(screen.getByRole("link", { name: "Invoice details of Beta SARL" })).toHaveAttribute(
      "href",
      "/reports/aged-receivables?asOf=2026-12-07&client=c2",
    );
    expect(screen.getByRole("link", { name: "Invoice details of Alpha SAS" })).toHaveTextContent("Details");
    expect(screen.getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual([
      "Alpha SAS",
      "Beta SARL",
      "Grand total",
    ]);
  });
});

describe("AsOfForm", () => {
  it("labels the day, reports its error on the field, and offers the CSV and XLSX only when given", () => {
    const { rerender } = render(
      <AsOfForm value="2026-12-40" errors={["as_of_invalid"]} downloadHref={null} labels={en.reports} />,
    );
    const field = screen.getByLabelText("As of");
    expect(field).toHaveAttribute("name", "asOf");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/Enter a date that exists/);
    expect(screen.queryByRole("link", { name: "Download as CSV" })).toBeNull();

    rerender(
      <AsOfForm
        value="2026-12-07"
        errors={undefined}
        downloadHref="/api/reports/aged-receivables?asOf=2026-12-07"
        labels={en.reports}
      />,
    );
    expect(screen.getByLabelText("As of")).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("link", { name: "Download as CSV" })).toHaveAttribute(
      "href",
      "/api/reports/aged-receivables?asOf=2026-12-07&format=csv",
    );
    expect(screen.getByRole("link", { name: "Download as XLSX (Excel)" })).toHaveAttribute(
      "href",
      "/api/reports/aged-receivables?asOf=2026-12-07&format=xlsx",
    );
  });
});

describe("AsOfForm on a client's invoices", () => {
  it("sends the client with the day, so another day shows the same client's invoices", () => {
    const { container } = render(
      <AsOfForm value="2026-12-07" errors={undefined} downloadHref={null} clientId="c2" labels={en.reports} />,
    );
    const form = container.querySelector("form")!;
    expect(Object.fromEntries(new FormData(form))).toEqual({ client: "c2", asOf: "2026-12-07" });
  });

  it("sends the day alone on the summary", () => {
    const { container } = render(
      <AsOfForm value="2026-12-07" errors={undefined} downloadHref={null} clientId={null} labels={en.reports} />,
    );
    expect(Object.fromEntries(new FormData(container.querySelector("form")!))).toEqual({ asOf: "2026-12-07" });
  });
});

describe("AgedInvoices", () => {
  const detail: AgedClientInvoices = {
    asOf: "2026-12-07",
    currency: "EUR",
    client: { id: "c2", name: "Beta SARL" },
    invoices: [
      {
        id: "d1",
        number: "A-2026-0001",
        type: "DEPOSIT_INVOICE",
        issueDate: "2026-07-10",
        dueDate: "2026-08-09",
        daysLate: 120,
        bucket: "over90",
        balanceCents: 6_000,
      },
      {
        id: "i2",
        number: "F-2026-0002",
        type: "INVOICE",
        issueDate: "2026-08-29",
        dueDate: null,
        daysLate: null,
        bucket: "notDue",
        balanceCents: 48_000,
      },
    ],
    totalCents: 54_000,
  };
  const summaryHref = "/reports/aged-receivables?asOf=2026-12-07";

  it("lists one client's invoices with their days late, balance and total, numbers linking to the invoice", () => {
    render(<AgedInvoices detail={detail} summaryHref={summaryHref} locale="en" labels={en.reports.aged} />);
    expect(screen.getByRole("heading", { name: "Invoices of Beta SARL" })).toBeInTheDocument();
    expect(screen.getAllByRole("table")).toHaveLength(1);
    const table = screen.getByRole("table", { name: "Invoices of Beta SARL with a balance due on 7 December 2026" });
    const deposit = within(table).getByRole("rowheader", { name: "A-2026-0001" }).closest("tr")!;
    expect(within(deposit).getAllByRole("cell").map(text)).toEqual(["10 Jul 2026", "9 Aug 2026", "120", "€60.00"]);
    expect(within(table).getByRole("link", { name: "A-2026-0001" })).toHaveAttribute("href", "/invoices/d1");
    const undated = within(table).getByRole("rowheader", { name: "F-2026-0002" }).closest("tr")!;
    expect(within(undated).getAllByRole("cell").map(text)).toEqual(["29 Aug 2026", "No due date", "0", "€480.00"]);
    const total = within(table).getByRole("rowheader", { name: "Total" }).closest("tr")!;
    expect(within(total).getAllByRole("cell").map(text)).toEqual(["€540.00"]);
    expect(screen.getByRole("link", { name: "Back to all clients" })).toHaveAttribute("href", summaryHref);
    expect(document.querySelector("details")).toBeNull();
  });

  it("says so when the client had nothing due, in French too", () => {
    render(
      <AgedInvoices
        detail={{ ...detail, invoices: [], totalCents: 0 }}
        summaryHref={summaryHref}
        locale="fr"
        labels={fr.reports.aged}
      />,
    );
    expect(screen.getByRole("heading", { name: "Factures de Beta SARL" })).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("Aucune facture de ce client n'avait de solde dû à cette date.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Retour à la balance de tous les clients" })).toHaveAttribute(
      "href",
      summaryHref,
    );
  });
});
