import { render, screen } from "@testing-library/react";
import AdminForbidden from "@/app/admin/forbidden";
import AdminLayout from "@/app/admin/layout";

const session = { user: { isPlatformAdmin: false } };

jest.mock("@/app/_shared/session", () => ({ requireSession: jest.fn(async () => session) }));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: jest.fn(async () => ({
    locale: "fr",
    messages: jest.requireActual("@/lib/i18n/messages/fr").fr,
  })),
}));
jest.mock("@/app/_shared/locale-actions", () => ({ setLocaleAction: jest.fn() }));

describe("/admin refused to an account that is not a platform administrator", () => {
  it("says it is the platform's administration, not the organization's", async () => {
    render(await AdminForbidden());
    expect(screen.getByRole("heading", { level: 1, name: "Administration de la plateforme" })).toBeInTheDocument();
    expect(screen.queryByText(/administrateur de l'organisation/)).not.toBeInTheDocument();
    expect(screen.getByText(/l'équipe qui exploite Facturo/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Paramètres de l'organisation" })).toHaveAttribute(
      "href",
      "/settings/organization",
    );
  });

  it("shows no administration around the refusal (the page's requirePlatformAdmin answers 403 inside the segment)", async () => {
    render(await AdminLayout({ children: <p>refus</p> }));
    expect(screen.getByText("refus")).toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });
});
