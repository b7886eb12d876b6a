import { render, screen, within } from "@testing-library/react";
import { ReceiptsDownloads } from "@/components/reports/receipts-downloads";
import { ReceiptsTable } from "@/components/reports/receipts-table";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import type { ReceiptsRegister } from "@/lib/reports/receipts-register/receipts-register";

const register: ReceiptsRegister = {
  period: { from: "2026-01-01", to: "2026-01-31" },
  currency: "EUR",
  organization: { name: "Atelier Test SARL", siren: "552120222" },
  receipts: [
    {
      paymentId: "p1",
      date: "2026-01-05",
      documentId: "d1",
      number: "F-2026-00001",
      clientName: "Alpha SAS",
      nature: "SERVICES",
      method: "TRANSFER",
      reference: "VIR-1",
      amountCents: 12_000,
      runningTotalCents: 12_000,
    },
    {
      paymentId: "p2",
      date: "2026-01-20",
      documentId: "d2",
      number: "F-2026-00002",
      clientName: "Beta SARL",
      nature: "GOODS",
      method: "CASH",
      reference: null,
      amountCents: 3_050,
      runningTotalCents: 15_050,
    },
  ],
  totalCents: 15_050,
};

const text = (element: HTMLElement) => element.textContent!.replace(/[\u202f\u00a0]/g, " ");

describe("ReceiptsTable", () => {
  it("shows one row per payment with its invoice link, nature, method, amount and running total", () => {
    render(<ReceiptsTable register={register} locale="fr" labels={fr.reports.receipts} methods={fr.paymentMethods} />);
    const table = screen.getByRole("table", { name: "Recettes encaissées du 1 janvier 2026 au 31 janvier 2026" });
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual([
      "Date d'encaissement",
      "Facture",
      "Client",
      "Nature",
      "Mode de règlement",
      "Référence",
      "Montant encaissé",
      "Cumul",
    ]);
    const second = within(table).getByRole("rowheader", { name: "F-2026-00002" });
    expect(within(second).getByRole("link")).toHaveAttribute("href", "/invoices/d2");
    expect(within(second.closest("tr")!).getAllByRole("cell").map(text)).toEqual([
      "20 janv. 2026",
      "Beta SARL",
      "Vente de marchandises",
      "Espèces",
      "",
      "30,50 €",
      "150,50 €",
    ]);
    const total = within(table).getByRole("rowheader", { name: "Total de la période" }).closest("tr")!;
    expect(within(total).getAllByRole("cell").map(text)).toEqual(["150,50 €", ""]);
  });
});

describe("ReceiptsDownloads", () => {
  it("links the CSV, XLSX and PDF of the same period", () => {
    render(
      <ReceiptsDownloads
        href="/api/reports/receipts?period=last-year"
        labels={en.reports.downloads}
        pdfLabel={en.reports.receipts.pdf}
      />,
    );
    const group = screen.getByRole("group", { name: en.reports.downloads.label });
    expect(
      within(group)
        .getAllByRole("link")
        .map((link) => [text(link), link.getAttribute("href")]),
    ).toEqual([
      [en.reports.downloads.csv, "/api/reports/receipts?period=last-year&format=csv"],
      [en.reports.downloads.xlsx, "/api/reports/receipts?period=last-year&format=xlsx"],
      ["Download as PDF", "/api/reports/receipts?period=last-year&format=pdf"],
    ]);
  });
});
