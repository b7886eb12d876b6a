import { render, screen } from "@testing-library/react";
import { CsvListActions } from "@/components/csv/csv-list-actions";
import { fr } from "@/lib/i18n/messages/fr";

describe("CsvListActions", () => {
  it("exports with the list's current search, filters and sort (not its page)", () => {
    render(
      <CsvListActions
        exportPath="/api/clients/export"
        importHref="/clients/import"
        params={{ q: "dupont & fils", status: "archived", sort: "city", dir: "desc", page: "3" }}
        labels={fr.csvList}
      />,
    );
    const exportLink = screen.getByRole("link", { name: "Exporter CSV" });
    expect(exportLink).toHaveAttribute(
      "href",
      "/api/clients/export?q=dupont+%26+fils&status=archived&sort=city&dir=desc",
    );
    expect(exportLink).toHaveAttribute("download");
    expect(screen.getByRole("link", { name: "Importer un CSV" })).toHaveAttribute("href", "/clients/import");
  });

  it("offers no import to read-only roles, and a bare export URL without filters", () => {
    render(<CsvListActions exportPath="/api/articles/export" params={{}} labels={fr.csvList} />);
    expect(screen.getByRole("link", { name: "Exporter CSV" })).toHaveAttribute("href", "/api/articles/export");
    expect(screen.queryByRole("link", { name: "Importer un CSV" })).not.toBeInTheDocument();
  });
});
