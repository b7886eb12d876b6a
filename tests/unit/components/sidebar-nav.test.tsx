import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SidebarNav } from "@/components/app-shell/sidebar-nav";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

let pathname = "/invoices";
jest.mock("next/navigation", () => ({ usePathname: () => pathname }));

describe("SidebarNav", () => {
  it("links every section and marks the current one", () => {
    pathname = "/invoices/abc";
    render(<SidebarNav labels={fr.nav} common={fr.common} />);
    const nav = screen.getByRole("navigation", { name: "Navigation principale" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Tableau de bord",
      "Devis",
      "Factures",
      "Factures récurrentes",
      "Avoirs",
      "Règlements",
      "Clients",
      "Articles",
      "Rapports",
      "Paramètres",
    ]);
    expect(within(nav).getByRole("link", { name: "Factures" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Devis" })).not.toHaveAttribute("aria-current");
    expect(within(nav).getByRole("link", { name: "Factures récurrentes" })).not.toHaveAttribute("aria-current");
  });

  it("opens and closes the mobile menu with the button and Escape", async () => {
    const user = userEvent.setup();
    render(<SidebarNav labels={en.nav} common={en.common} />);
    const toggle = screen.getByRole("button", { name: "Open menu" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "Close menu" })).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(screen.getByRole("button", { name: "Open menu" })).toHaveAttribute("aria-expanded", "false");
  });
});
