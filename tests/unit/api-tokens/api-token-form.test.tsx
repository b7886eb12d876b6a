import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiTokenCreator } from "@/components/api-tokens/api-token-form";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const scopeGroups = [
  { group: "organization", scopes: ["organization.read"] },
  { group: "clients", scopes: ["clients.read", "clients.write"] },
];

function setup(action: jest.Mock, catalogue = fr) {
  render(
    <ApiTokenCreator
      scopeGroups={scopeGroups}
      messages={{ ...catalogue.apiTokens, loading: catalogue.common.loading }}
      action={action}
    />,
  );
}

describe("ApiTokenCreator", () => {
  it("labels the name, the grouped scope checkboxes and the optional last day", () => {
    setup(jest.fn());
    expect(screen.getByRole("textbox", { name: "Nom" })).toHaveAccessibleDescription(fr.apiTokens.nameHint);
    expect(screen.getByRole("group", { name: "Droits du jeton" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Clients" })).toBeInTheDocument();
    expect(screen.getAllByRole("checkbox")).toHaveLength(3);
    expect(screen.getByRole("checkbox", { name: "Lire les clients et groupes clients.read" })).not.toBeChecked();
    expect(screen.getByLabelText(fr.apiTokens.expiresOn)).toHaveAttribute("type", "date");
  });

  it("refuses in the browser a token without name or scope", async () => {
    const action = jest.fn();
    setup(action, en);
    await userEvent.click(screen.getByRole("button", { name: en.apiTokens.add }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(
      `${en.apiTokens.nameHint} ${en.apiTokens.validation.required!}`,
    );
    expect(screen.getByText(en.apiTokens.validation.scopes_required!)).toBeInTheDocument();
  });

  it("shows the secret once after creation, then an empty form again", async () => {
    const secret = "fct_" + "A".repeat(43);
    const action = jest.fn<Promise<{ status: "success"; secret: string }>, [unknown, FormData]>(async () => ({
      status: "success",
      secret,
    }));
    setup(action, en);
    await userEvent.type(screen.getByRole("textbox", { name: "Name" }), "Shop");
    await userEvent.click(screen.getByRole("checkbox", { name: "Read clients and groups clients.read" }));
    await act(async () => {
      await userEvent.click(screen.getByRole("button", { name: en.apiTokens.add }));
    });
    const sent = action.mock.calls[0]![1];
    expect(sent.get("name")).toBe("Shop");
    expect(sent.getAll("scopes")).toEqual(["clients.read"]);
    expect(await screen.findByTestId("api-token-secret")).toHaveTextContent(secret);
    expect(screen.getByRole("alert")).toHaveTextContent(en.apiTokens.secretOnce);
    expect(screen.getByRole("button", { name: en.apiTokens.copyLabel })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: en.apiTokens.done }));
    expect(screen.queryByTestId("api-token-secret")).toBeNull();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("");
  });
});
