import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ClientForm } from "@/app/(app)/clients/client-form";
import { pickClientMessages } from "@/app/(app)/clients/client-messages";
import type { FormState } from "@/app/_shared/form-state";
import { en } from "@/lib/i18n/messages/en";

const countries = [
  { value: "FR", label: "France" },
  { value: "BE", label: "Belgium" },
];

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const idle: Action = async () => ({ status: "idle" });

function renderForm(action: jest.Mock<ReturnType<Action>, Parameters<Action>> = jest.fn(idle)) {
  render(
    <ClientForm
      action={action}
      initial={{ kind: "COMPANY", billingCountry: "FR", emails: "" }}
      countries={countries}
      submitLabel="Create client"
      cancelHref="/clients"
      messages={pickClientMessages(en)}
    />,
  );
  return action;
}

async function fillValidCompany(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Legal name"), "Société Générale");
  await user.type(screen.getByLabelText("Address"), "29 boulevard Haussmann");
  await user.type(screen.getByLabelText("Postal code"), "75009");
  await user.type(screen.getByLabelText("City"), "Paris");
  await user.type(screen.getByLabelText("Email 1"), "compta@socgen.example");
}

describe("ClientForm", () => {
  it("shows company or person fields, without carrying text across kinds", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText("Legal name"), "ACME");
    expect(screen.getByLabelText("SIREN (9 digits) (optional)")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /Individual/ }));
    expect(screen.queryByLabelText("Legal name")).not.toBeInTheDocument();
    expect(screen.queryByLabelText("SIREN (9 digits) (optional)")).not.toBeInTheDocument();
    expect(screen.getByLabelText("First name")).toHaveValue("");
    expect(screen.getByLabelText("Last name")).toHaveValue("");
  });

  it("adds and removes email inputs from the keyboard, moving the focus with them", async () => {
    const user = userEvent.setup();
    renderForm();
    expect(screen.queryByRole("button", { name: "Remove email 1" })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText("Email 1"));
    await user.keyboard("a@example.test");
    await user.tab();
    await user.keyboard("{Enter}"); // "+ Add an email"
    await waitFor(() => expect(screen.getByLabelText("Email 2")).toHaveFocus());
    await user.keyboard("b@example.test");
    await user.click(screen.getByRole("button", { name: "Remove email 2" }));
    expect(screen.queryByLabelText("Email 2")).not.toBeInTheDocument();
    // The focus moves once the row is gone (next frame), never left on the page body.
    await waitFor(() => expect(screen.getByLabelText("Email 1")).toHaveFocus());
    expect(screen.getByLabelText("Email 1")).toHaveValue("a@example.test");
  });

  it("shows a field's error when it is left, with the server's schema and messages", async () => {
    const user = userEvent.setup();
    renderForm();
    const siren = screen.getByLabelText("SIREN (9 digits) (optional)");
    await user.type(siren, "552 120 223");
    await user.tab();
    expect(await screen.findByText(en.clientValidation.siren_invalid)).toBeInTheDocument();
    expect(siren).toHaveAttribute("aria-invalid", "true");
    // Fields not yet visited stay quiet.
    expect(screen.queryByText(en.clientValidation.legal_name_required)).not.toBeInTheDocument();
    await user.clear(siren);
    await user.type(siren, "552 120 222");
    await user.tab();
    expect(screen.queryByText(en.clientValidation.siren_invalid)).not.toBeInTheDocument();
  });

  it("sends nothing while a field is invalid, shows every error and focuses the first", async () => {
    const user = userEvent.setup();
    const action = renderForm();
    await user.click(screen.getByRole("button", { name: "Create client" }));
    expect(await screen.findByText(en.clientValidation.legal_name_required)).toBeInTheDocument();
    expect(screen.getByText(en.clientValidation.emails_required)).toBeInTheDocument();
    expect(screen.getAllByText(en.validation.required).length).toBeGreaterThanOrEqual(2);
    expect(action).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByLabelText("Legal name")).toHaveFocus());
  });

  it("needs a delivery address as a whole once the toggle is on", async () => {
    const user = userEvent.setup();
    const action = renderForm();
    await fillValidCompany(user);
    await user.click(screen.getByRole("checkbox", { name: "Different delivery address" }));
    const delivery = screen.getByRole("group", { name: "Delivery address" });
    await user.type(within(delivery).getByLabelText("Postal code"), "76600");
    await user.click(screen.getByRole("button", { name: "Create client" }));
    expect(await within(delivery).findAllByText(en.validation.required)).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
  });

  it("sends valid input, and shows the server's refusal with the values as typed", async () => {
    const user = userEvent.setup();
    const received: FormData[] = [];
    const action = jest.fn(async (_previous: FormState, formData: FormData): Promise<FormState> => {
      received.push(formData);
      return {
        status: "error",
        formError: { code: "client_not_found" },
        values: {
          kind: "COMPANY",
          legalName: "Société Générale",
          billingCity: "Paris",
          emails: "x@example.test\ny@example.test",
        },
      };
    });
    renderForm(action);
    await fillValidCompany(user);
    await user.click(screen.getByRole("button", { name: "Create client" }));
    expect(await screen.findByText(en.clientErrors.client_not_found)).toBeInTheDocument();
    expect(action).toHaveBeenCalledTimes(1);
    expect(received[0]?.get("legalName")).toBe("Société Générale");
    expect(received[0]?.getAll("emails")).toEqual(["compta@socgen.example"]);
    expect(screen.getByLabelText("Email 1")).toHaveValue("x@example.test");
    expect(screen.getByLabelText("Email 2")).toHaveValue("y@example.test");
    expect(screen.getByLabelText("Legal name")).toHaveValue("Société Générale");
  });

  it("sends the version it was opened on; after a client_changed refusal, the current one, with the values as typed", async () => {
    const user = userEvent.setup();
    const received: FormData[] = [];
    const values = {
      kind: "COMPANY",
      legalName: "Société Générale",
      billingAddressLine1: "29 boulevard Haussmann",
      billingPostalCode: "75009",
      billingCity: "Nantes",
      billingCountry: "FR",
      emails: "compta@socgen.example",
    };
    const action = jest.fn(async (_previous: FormState, formData: FormData): Promise<FormState> => {
      received.push(formData);
      return received.length === 1
        ? {
            status: "error",
            formError: { code: "client_changed" },
            values: { ...values, expectedUpdatedAt: "2026-12-07T10:00:00.000Z" },
          }
        : { status: "idle" };
    });
    render(
      <ClientForm
        action={action}
        clientId="c1"
        version="2026-12-07T09:00:00.000Z"
        initial={{ ...values, billingCity: "Paris" }}
        countries={countries}
        submitLabel="Save"
        cancelHref="/clients/c1"
        messages={pickClientMessages(en)}
      />,
    );
    await user.clear(screen.getByLabelText("City"));
    await user.type(screen.getByLabelText("City"), "Nantes");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(en.clientErrors.client_changed)).toBeInTheDocument();
    expect(received[0]?.get("expectedUpdatedAt")).toBe("2026-12-07T09:00:00.000Z");
    expect(screen.getByLabelText("City")).toHaveValue("Nantes");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(2));
    expect(received[1]?.get("expectedUpdatedAt")).toBe("2026-12-07T10:00:00.000Z");
    expect(received[1]?.get("billingCity")).toBe("Nantes");
  });
});
