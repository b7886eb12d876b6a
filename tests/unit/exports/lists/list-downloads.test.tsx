import { render, screen, within } from "@testing-library/react";
import { ListDownloads } from "@/app/(app)/_documents/list-downloads";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

// The download control of the list pages: the CSV and XLSX links of the export with the list's
// query, nothing for a role without exports.read, and the reason instead of links when the
// export would refuse the list.

const href = "/api/exports/documents/invoices?status=OVERDUE";

describe("ListDownloads", () => {
  it("offers the CSV and XLSX files of the list's query", () => {
    render(<ListDownloads canExport href={href} problem={null} locale="fr" labels={fr} />);
    const group = screen.getByRole("group", { name: "Téléchargements" });
    expect(within(group).getByRole("link", { name: "Télécharger en CSV" })).toHaveAttribute(
      "href",
      "/api/exports/documents/invoices?status=OVERDUE&format=csv",
    );
    expect(within(group).getByRole("link", { name: "Télécharger en XLSX (Excel)" })).toHaveAttribute(
      "href",
      "/api/exports/documents/invoices?status=OVERDUE&format=xlsx",
    );
  });

  it("shows nothing to a role without exports.read", () => {
    const { container } = render(
      <ListDownloads canExport={false} href={href} problem={null} locale="fr" labels={fr} />,
    );
    expect(screen.queryByRole("group")).toBeNull();
    expect(screen.queryByRole("link")).toBeNull();
    expect(container).toBeEmptyDOMElement();
  });

  it("says why there is no file instead of a link that answers an error", () => {
    const { rerender } = render(
      <ListDownloads canExport href={href} problem="dates_reversed" locale="fr" labels={fr} />,
    );
    expect(screen.getByText("Téléchargement indisponible : la date de fin précède la date de début.")).toBeVisible();
    expect(screen.queryByRole("link")).toBeNull();
    rerender(<ListDownloads canExport href={href} problem="export_too_large" locale="en" labels={en} />);
    expect(screen.getByText("Download unavailable: more than 50,000 rows, narrow the filters.")).toBeVisible();
    rerender(<ListDownloads canExport href={href} problem="something_new" locale="en" labels={en} />);
    expect(screen.getByText("Download unavailable: the filters are not valid.")).toBeVisible();
  });

  it("keeps the CSV link of a list too long for an XLSX file, and says so", () => {
    render(<ListDownloads canExport href={href} problem="xlsx_too_large" locale="fr" labels={fr} />);
    const group = screen.getByRole("group", { name: "Téléchargements" });
    expect(within(group).getAllByRole("link")).toHaveLength(1);
    expect(within(group).getByRole("link", { name: "Télécharger en CSV" })).toHaveAttribute(
      "href",
      "/api/exports/documents/invoices?status=OVERDUE&format=csv",
    );
    const note = screen.getByText(/^XLSX indisponible/);
    expect(note.textContent!.replace(/[\u202f\u00a0]/g, " ")).toBe(
      "XLSX indisponible : plus de 10 000 lignes pour un fichier XLSX, le CSV les contient toutes.",
    );
  });
});
