import { render, screen } from "@testing-library/react";
import { digitGroups, GroupedDigits } from "@/components/ui/grouped-digits";

describe("GroupedDigits", () => {
  it("groups SIREN 3-3-3, SIRET 3-3-3-5 and IBAN by fours", () => {
    expect(digitGroups("732829320", "siren")).toEqual(["732", "829", "320"]);
    expect(digitGroups("73282932000074", "siret")).toEqual(["732", "829", "320", "00074"]);
    expect(digitGroups("FR7630006000011234567890189", "iban")).toEqual([
      "FR76",
      "3000",
      "6000",
      "0112",
      "3456",
      "7890",
      "189",
    ]);
  });

  it("shows the groups apart while the text (what a copy takes) keeps the digits unbroken", () => {
    render(
      <dl>
        <dt>SIRET</dt>
        <dd>
          <GroupedDigits value="73282932000074" kind="siret" />
        </dd>
      </dl>,
    );
    const value = screen.getByRole("definition");
    expect(value).toHaveTextContent(/^73282932000074$/);
    const groups = value.querySelectorAll("span > span");
    expect([...groups].map((group) => group.textContent)).toEqual(["732", "829", "320", "00074"]);
    expect(groups[1]).toHaveClass("ml-[0.35em]");
  });
});
