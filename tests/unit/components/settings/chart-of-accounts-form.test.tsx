import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ChartOfAccountsForm, type ChartOfAccountsFormProps } from "@/components/settings/chart-of-accounts-form";
import { CHART_SLOTS, DEFAULT_CHART } from "@/lib/exports/fec/chart-of-accounts";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const rows: ChartOfAccountsFormProps["rows"] = CHART_SLOTS.map((slot) => ({
  slot,
  number: slot === "bank" ? "512100" : DEFAULT_CHART[slot].number,
  defaultNumber: DEFAULT_CHART[slot].number,
  custom: slot === "bank",
}));

function setup(canEdit: boolean, catalogue = fr) {
  const saveAction = jest.fn(async () => ({ status: "success" as const }));
  const resetAction = jest.fn(async () => ({ status: "success" as const }));
  render(
    <ChartOfAccountsForm
      rows={rows}
      canEdit={canEdit}
      messages={{
        chartOfAccounts: catalogue.chartOfAccounts,
        loading: catalogue.common.loading,
        errors: catalogue.settings.errors,
      }}
      saveAction={saveAction}
      resetAction={resetAction}
    />,
  );
  return { saveAction, resetAction };
}

describe("ChartOfAccountsForm", () => {
  it("labels one field per account, grouped, with the default and the class as hint", () => {
    setup(true);
    expect(screen.getAllByRole("textbox")).toHaveLength(CHART_SLOTS.length);
    expect(screen.getByRole("group", { name: "Prestations de services" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Prestations de services à 20 %" })).toHaveValue("706000");
    expect(screen.getByRole("textbox", { name: "Ventes de marchandises à 5,5 %" })).toHaveValue("707000");
    expect(screen.getByRole("textbox", { name: "TVA collectée à autres taux (0 % compris)" })).toHaveValue("445710");
    const bank = screen.getByRole("textbox", { name: "Banque (virement, carte, autre)" });
    expect(bank).toHaveValue("512100");
    expect(bank).toHaveAccessibleDescription("Par défaut 512000 · commence par 51 · modifié");
    expect(screen.getByRole("button", { name: "Enregistrer le plan comptable" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Revenir au plan par défaut" })).toBeInTheDocument();
  });

  it("refuses a number that is not digits on its field, in the browser, without calling the server", async () => {
    const { saveAction } = setup(true);
    const field = screen.getByRole("textbox", { name: "Clients" });
    await userEvent.clear(field);
    await userEvent.type(field, "411-A");
    await userEvent.click(screen.getByRole("button", { name: "Enregistrer le plan comptable" }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining("ne contient que des chiffres"));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(saveAction).not.toHaveBeenCalled();
  });

  it("is read-only, without buttons, for a role that cannot change it; English texts", () => {
    setup(false, en);
    expect(screen.getByRole("textbox", { name: "Services at 20%" })).toHaveAttribute("readonly");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
