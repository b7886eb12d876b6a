import { render, screen } from "@testing-library/react";
import DashboardPage from "@/app/(app)/dashboard/page";
import { fr } from "@/lib/i18n/messages/fr";
import type { OrganizationSettingsView } from "@/lib/organization-settings/organization-settings-view";

const settings: { current: Partial<OrganizationSettingsView> } = { current: {} };

jest.mock("@/app/_shared/session", () => ({ requireActiveMember: jest.fn(async () => ({ role: "OWNER" })) }));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: jest.fn(async () => ({
    locale: "fr",
    messages: jest.requireActual("@/lib/i18n/messages/fr").fr,
  })),
}));
jest.mock("@/lib/organization-settings/get-organization-settings", () => ({
  getOrganizationSettings: jest.fn(async () => settings.current),
}));

const complete: Partial<OrganizationSettingsView> = {
  saved: true,
  legalName: "Atelier Démo SARL",
  addressLine1: "1 rue de la Paix",
  postalCode: "75002",
  city: "Paris",
  country: "FR",
  siren: "732829320",
};

describe("Dashboard of a new organization", () => {
  it("links to the legal identity settings as the next step while they are incomplete", async () => {
    settings.current = { ...complete, saved: false, legalName: "Nouvelle boîte", addressLine1: null, siren: null };
    render(await DashboardPage());
    const step = screen.getByRole("region", { name: fr.dashboard.nextStepTitle });
    expect(step).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Compléter l'identité légale" })).toHaveAttribute(
      "href",
      "/settings/organization",
    );
  });

  it("says nothing of it once the identity is complete", async () => {
    settings.current = complete;
    render(await DashboardPage());
    expect(screen.queryByRole("link", { name: "Compléter l'identité légale" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeInTheDocument();
  });
});
