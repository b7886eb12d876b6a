import { render, screen, within } from "@testing-library/react";
import { TotalsPanel } from "@/components/documents/totals-panel";
import { computeTotals } from "@/lib/documents/totals/compute-totals";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";

// The VAT breakdown of the totals panel: one row per category and rate, as computeTotals
// groups the lines (EN 16931: one VAT breakdown per category and rate).

const totals = computeTotals({
  lines: [
    { quantityMilli: 1000, unitPriceCents: 100_000, vatRateBps: 2000, vatCategory: "S" },
    { quantityMilli: 2000, unitPriceCents: 1_000, vatRateBps: 550, vatCategory: "S" },
    { quantityMilli: 1000, unitPriceCents: 50_000, vatRateBps: 0, vatCategory: "AE", vatExemptionCode: "VATEX-EU-AE" },
    { quantityMilli: 1000, unitPriceCents: 30_000, vatRateBps: 0, vatCategory: "K", vatExemptionCode: "VATEX-EU-IC" },
    { quantityMilli: 1000, unitPriceCents: 7_000, vatRateBps: 0, vatCategory: "E", vatExemptionCode: "VATEX-EU-132" },
  ],
});

describe("TotalsPanel", () => {
  it("breaks the VAT down per category and rate, in French", () => {
    render(<TotalsPanel totals={totals} locale="fr" vatExempt={false} labels={fr.documentEditor} />);
    const table = within(screen.getByRole("table", { name: "TVA par catégorie et par taux" }));
    const money = (cents: number) => formatMoney(cents, "fr");
    const rows = table.getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "TVA 20\u202f%",
      "TVA 5,5\u202f%",
      "Exonéré de TVA",
      "Autoliquidation",
      "Livraison intracommunautaire",
    ]);
    const cells = (name: RegExp) =>
      within(table.getByRole("row", { name }))
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells(/^Autoliquidation/)).toEqual([money(50_000), money(0)]);
    expect(cells(/^TVA 20/)).toEqual([money(100_000), money(20_000)]);
    // Only standard VAT is charged: 200.00 + 1.10.
    expect(screen.getByTestId("total-vat").textContent).toBe(money(20_110));
  });

  it("names the categories in English, and shows no breakdown under the franchise", () => {
    const { unmount } = render(
      <TotalsPanel totals={totals} locale="en" vatExempt={false} labels={en.documentEditor} />,
    );
    const table = within(screen.getByRole("table", { name: "VAT by category and rate" }));
    expect(table.getByRole("rowheader", { name: "Reverse charge" })).toBeInTheDocument();
    expect(table.getByRole("rowheader", { name: "Intra-community supply" })).toBeInTheDocument();
    expect(table.getByRole("rowheader", { name: "VAT 5.5%" })).toBeInTheDocument();
    unmount();

    render(
      <TotalsPanel
        totals={computeTotals({
          lines: [{ quantityMilli: 1000, unitPriceCents: 10_000, vatRateBps: 2000 }],
          vatExempt: true,
        })}
        locale="en"
        vatExempt
        franchiseMention="VAT not applicable, art. 293 B of the French General Tax Code (CGI)"
        labels={en.documentEditor}
      />,
    );
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByTestId("total-vat")).toBeNull();
    expect(screen.getByText(/293 B/)).toBeInTheDocument();
  });
});
