import { render, screen, within } from "@testing-library/react";
import { OrganizationSwitcher } from "@/components/app-shell/organization-switcher";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

const organizations = [
  { id: "a", name: "Atelier A", active: true, disabled: false },
  { id: "b", name: "Boutique B", active: false, disabled: false },
  { id: "c", name: "Closed C", active: false, disabled: true },
];

describe("OrganizationSwitcher", () => {
  it("is a labelled select of usable organizations, the active one selected, with an explicit submit", () => {
    render(
      <OrganizationSwitcher
        organizations={organizations}
        labels={fr.organizations}
        action={async () => {}}
        idPrefix="t"
      />,
    );
    const select = screen.getByRole("combobox", { name: "Organisation active" });
    expect(select).toHaveAttribute("name", "organizationId");
    expect(select).toHaveValue("a");
    expect(
      within(select)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Atelier A", "Boutique B"]);
    expect(screen.getByRole("button", { name: "Changer" })).toHaveAttribute("type", "submit");
    expect(screen.getByRole("link", { name: "Toutes les organisations" })).toHaveAttribute("href", "/organizations");
  });

  it("shows only the link to the organizations page when there is nothing to switch to", () => {
    render(
      <OrganizationSwitcher
        organizations={organizations.slice(0, 1)}
        labels={en.organizations}
        action={async () => {}}
        idPrefix="t"
      />,
    );
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "All organizations" })).toBeInTheDocument();
  });
});
