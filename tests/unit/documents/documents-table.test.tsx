import { render, screen, within } from "@testing-library/react";
import { DocumentsTable } from "@/components/documents/documents-table";
import type { DocumentListRow } from "@/lib/documents/lists/list-documents";
import { fr } from "@/lib/i18n/messages/fr";

const rows: DocumentListRow[] = [
  {
    id: "d1",
    type: "INVOICE",
    number: "F-2026-00001",
    issueDate: "2026-03-02",
    dueDate: "2026-04-01",
    client: { id: "c1", name: "Acme SAS" },
    totalExclVatCents: 100_000,
    totalInclVatCents: 120_000,
    balanceCents: 20_000,
    displayStatus: "PARTIALLY_PAID",
  },
  {
    id: "d2",
    type: "DEPOSIT_INVOICE",
    number: null,
    issueDate: null,
    dueDate: null,
    client: { id: "c2", name: "Boulangerie Martin" },
    totalExclVatCents: 30_000,
    totalInclVatCents: 36_000,
    balanceCents: null,
    displayStatus: "DRAFT",
  },
];

const labels = {
  documentListPages: fr.documentListPages,
  documentTypes: fr.documentTypes,
  documentStatuses: fr.documentStatuses,
};

describe("DocumentsTable", () => {
  it("shows seed 000's columns, the status, links and the totals of the filtered set", () => {
    render(
      <DocumentsTable
        caption="Factures"
        items={rows}
        totals={{ totalExclVatCents: 500_000, totalInclVatCents: 600_000, balanceDueCents: 80_000 }}
        total={12}
        pathname="/invoices"
        params={{ status: "ISSUED" }}
        sort="date"
        dir="desc"
        locale="fr"
        payable
        showType={false}
        canWrite
        labels={labels}
      />,
    );
    const table = screen.getByRole("table", { name: "Factures" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((header) => header.textContent?.replace(/[▲▼]/g, "").trim());
    expect(headers).toEqual([
      "Numéro",
      "Date",
      "Client",
      "Montant HT",
      "Montant TTC",
      "Échéance",
      "Reste dû",
      "État",
      "Actions",
    ]);
    // Sorting keeps the filters and starts at page 1.
    expect(within(table).getByRole("link", { name: /Numéro/ })).toHaveAttribute(
      "href",
      "/invoices?status=ISSUED&sort=number&dir=asc",
    );

    // One link a row, its number (stretched over the row); the client's name is text.
    const issued = within(table).getByRole("row", { name: /F-2026-00001/ });
    expect(issued).toHaveTextContent("Partiellement payée");
    expect(issued).toHaveTextContent("Acme SAS");
    expect(within(issued).getAllByRole("link")).toHaveLength(1);
    const rowLink = within(issued).getByRole("link", { name: "F-2026-00001" });
    expect(rowLink).toHaveAttribute("href", "/invoices/d1");
    expect(rowLink.className).toMatch(/(^|\s)after:absolute(\s|$)/);
    expect(issued).toHaveClass("relative");

    // A draft also has its edit link, above the row's link.
    const draft = within(table).getByRole("row", { name: /Brouillon/ });
    expect(draft).toHaveTextContent("Facture d'acompte");
    expect(within(draft).getAllByRole("link")).toHaveLength(2);
    expect(within(draft).getByRole("link", { name: "Brouillon" })).toHaveAttribute("href", "/invoices/d2");
    const edit = within(draft).getByRole("link", { name: "Modifier Facture d'acompte (brouillon)" });
    expect(edit).toHaveAttribute("href", "/invoices/d2/edit");
    expect(edit).toHaveClass("relative", "z-10");

    expect(screen.getByTestId("selection-total-excl-vat")).toHaveTextContent("5 000,00 €");
    expect(screen.getByTestId("selection-total-incl-vat")).toHaveTextContent("6 000,00 €");
    expect(screen.getByTestId("selection-balance-due")).toHaveTextContent("800,00 €");
    expect(within(table).getByRole("rowheader", { name: /Totaux de la sélection/ })).toHaveTextContent(
      "12 document(s)",
    );
  });
});

describe("DocumentsTable on a phone", () => {
  it("keeps the number, client, total incl. VAT and status below md, and hides the other columns there", () => {
    render(
      <DocumentsTable
        caption="Factures"
        items={rows}
        totals={{ totalExclVatCents: 500_000, totalInclVatCents: 600_000, balanceDueCents: 80_000 }}
        total={12}
        pathname="/invoices"
        params={{}}
        sort="date"
        dir="desc"
        locale="fr"
        payable
        showType={false}
        canWrite
        labels={labels}
      />,
    );
    const table = screen.getByRole("table", { name: "Factures" });
    // The scroll box positions its screen-reader caption (absolute): it cannot escape the box.
    expect(table.parentElement).toHaveClass("relative", "overflow-x-auto");
    // No fixed minimum width on phones.
    expect(table.className).not.toMatch(/(^|\s)min-w-/);
    const onPhone = (element: HTMLElement) => !/(^|\s)hidden(\s|$)/.test(element.className);
    const phoneHeaders = within(table)
      .getAllByRole("columnheader")
      .filter(onPhone)
      .map((header) => header.textContent?.replace(/[▲▼]/g, "").trim());
    expect(phoneHeaders).toEqual(["Numéro", "Montant TTC"]);
    const issued = within(table).getByRole("row", { name: /F-2026-00001/ });
    const [numberCell, ...cells] = [
      within(issued).getByRole("rowheader"),
      ...within(issued).getAllByRole("cell").filter(onPhone),
    ];
    expect(numberCell).toHaveTextContent("Acme SAS");
    expect(cells).toHaveLength(1);
    expect(cells[0]).toHaveTextContent("1 200,00 €");
    expect(cells[0]).toHaveTextContent("Partiellement payée");
    // Phones do without the selection totals.
    expect(table.querySelector("tfoot")).toHaveClass("hidden", "md:table-footer-group");
  });
});
