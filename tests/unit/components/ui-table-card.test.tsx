import { render, screen } from "@testing-library/react";
import { tableCardClass } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";

function Rows() {
  return (
    <>
      <thead className={tableHeadClass}>
        <tr>
          <th scope="col">Numéro</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>F-2026-00001</td>
        </tr>
      </tbody>
    </>
  );
}

describe("TableCard", () => {
  it("is a captioned table inside the positioned scroll card", () => {
    render(
      <TableCard caption="Factures" tableClassName="min-w-[48rem]">
        <Rows />
      </TableCard>,
    );
    const table = screen.getByRole("table", { name: "Factures" });
    expect(table.className).toBe("w-full text-left text-sm min-w-[48rem]");
    expect(table.parentElement!.className).toBe(tableCardClass);
    expect(screen.getByRole("columnheader", { name: "Numéro" })).toBeInTheDocument();
    // Not a tab stop unless asked: a table of links is reached through its links.
    expect(table.parentElement).not.toHaveAttribute("tabindex");
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("can make its scroll box a focusable, named region", () => {
    render(
      <TableCard caption="Journal" scrollRegion={{ "aria-label": "Journal" }}>
        <Rows />
      </TableCard>,
    );
    const region = screen.getByRole("region", { name: "Journal" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(screen.getByRole("table", { name: "Journal" }));
  });
});
