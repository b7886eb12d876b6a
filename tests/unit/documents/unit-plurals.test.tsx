import { render, screen, within } from "@testing-library/react";
import { DocumentLinesTable, type LinesTableRow } from "@/components/documents/document-lines-table";
import { unitForQuantity } from "@/lib/articles/article-units";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

const labels = (messages: typeof fr) => ({ singular: messages.articleUnits, plural: messages.articleUnitPlurals });

describe("unitForQuantity", () => {
  it("follows each language's plural rules for the standard units", () => {
    expect(unitForQuantity("day", 2000, "fr", labels(fr))).toBe("jours");
    expect(unitForQuantity("piece", 3000, "fr", labels(fr))).toBe("pièces");
    expect(unitForQuantity("day", 1000, "fr", labels(fr))).toBe("jour");
    // French: 1,5 jour (one), 0,5 heure.
    expect(unitForQuantity("day", 1500, "fr", labels(fr))).toBe("jour");
    expect(unitForQuantity("hour", 500, "fr", labels(fr))).toBe("heure");
    expect(unitForQuantity("month", 4000, "fr", labels(fr))).toBe("mois");
    expect(unitForQuantity("day", 2000, "en", labels(en))).toBe("days");
    expect(unitForQuantity("day", 1500, "en", labels(en))).toBe("days");
    expect(unitForQuantity("day", 1000, "en", labels(en))).toBe("day");
    expect(unitForQuantity("flat", 2000, "en", labels(en))).toBe("flat fees");
  });

  it("keeps a free-text unit as typed", () => {
    expect(unitForQuantity("nuitée", 3000, "fr", labels(fr))).toBe("nuitée");
  });
});

describe("DocumentLinesTable", () => {
  const line = (key: string, quantityMilli: number, unit: string): LinesTableRow => ({
    key,
    description: `Ligne ${key}`,
    quantityMilli,
    unit,
    unitPriceCents: 10_000,
    discount: null,
    vatCategory: "S",
    vatRateBps: 2000,
    netCents: quantityMilli * 10,
    deduction: false,
  });

  it("writes the quantity with its unit in the plural when it takes one", () => {
    render(
      <DocumentLinesTable
        rows={[line("a", 2000, "day"), line("b", 3000, "piece"), line("c", 1000, "hour")]}
        document={{ currency: "EUR", pricesIncludeVat: false, vatExempt: false, depositPercentBps: null }}
        locale="fr"
        messages={fr}
        headingId="lines"
        tableClassName=""
      />,
    );
    const table = screen.getByRole("table");
    expect(within(table).getByRole("row", { name: /Ligne a/ })).toHaveTextContent("2 jours");
    expect(within(table).getByRole("row", { name: /Ligne b/ })).toHaveTextContent("3 pièces");
    expect(within(table).getByRole("row", { name: /Ligne c/ })).toHaveTextContent("1 heure");
  });
});
