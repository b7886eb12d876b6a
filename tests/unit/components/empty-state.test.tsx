import { render, screen } from "@testing-library/react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { LanguageSwitcher } from "@/components/language-switcher";
import { fr } from "@/lib/i18n/messages/fr";

describe("EmptyState", () => {
  it("is a labelled region with its title as heading and an optional action", () => {
    render(
      <EmptyState title="Aucun devis" body="Créez un devis." action={<Link href="/quotes/new">Nouveau devis</Link>} />,
    );
    const region = screen.getByRole("region", { name: "Aucun devis" });
    expect(region).toHaveTextContent("Créez un devis.");
    expect(screen.getByRole("heading", { level: 2, name: "Aucun devis" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Nouveau devis" })).toHaveAttribute("href", "/quotes/new");
  });
});

describe("LanguageSwitcher", () => {
  it("offers each language as a pressed/unpressed button with its full name", () => {
    render(<LanguageSwitcher locale="fr" labels={fr.common} action={async () => {}} />);
    expect(screen.getByRole("button", { name: "Français" })).toHaveAttribute("aria-pressed", "true");
    const english = screen.getByRole("button", { name: "English" });
    expect(english).toHaveAttribute("aria-pressed", "false");
    expect(english).toHaveAttribute("value", "en");
  });
});
