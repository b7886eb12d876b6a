import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import { SendDocumentDialog, type SendAction } from "@/components/documents/send-document-dialog";
import { SendsPanel } from "@/components/documents/sends-panel";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

const defaults = { subject: "Invoice F-2026-00001 — Atelier Démo SARL", message: "Hello,\n\nPlease find attached…" };

function setup(
  options: { emails?: string[]; kind?: "SEND" | "REMINDER"; action?: SendAction; messages?: typeof en } = {},
) {
  const messages = options.messages ?? en;
  const action = jest.fn(options.action ?? (async () => ({ status: "success" as const })));
  render(
    <SendDocumentDialog
      documentId="doc1"
      kind={options.kind ?? "SEND"}
      documentName="Invoice F-2026-00001"
      clientEmails={options.emails ?? ["billing@client.example", "boss@client.example"]}
      defaults={defaults}
      action={action}
      messages={{
        sending: messages.sending,
        sendingValidation: messages.sendingValidation,
        errorTexts: messages.sendingErrors,
        common: messages.common,
      }}
    />,
  );
  return { user: userEvent.setup(), action };
}

describe("SendDocumentDialog", () => {
  beforeEach(() => jest.clearAllMocks());

  it("opens with the client's addresses checked and the subject and message prefilled, then sends", async () => {
    const { user, action } = setup();
    await user.click(screen.getByRole("button", { name: "Send by email" }));
    const dialog = within(screen.getByRole("dialog", { name: "Send Invoice F-2026-00001 by email" }));
    const recipients = within(dialog.getByRole("group", { name: "Recipients" }));
    expect(recipients.getByRole("checkbox", { name: "billing@client.example" })).toBeChecked();
    expect(recipients.getByRole("checkbox", { name: "boss@client.example" })).toBeChecked();
    expect(dialog.getByLabelText("Subject")).toHaveValue(defaults.subject);
    expect(dialog.getByLabelText("Message")).toHaveValue(defaults.message);

    await user.click(recipients.getByRole("checkbox", { name: "boss@client.example" }));
    await user.click(dialog.getByRole("button", { name: "Send" }));
    expect(action).toHaveBeenCalledTimes(1);
    const formData = action.mock.calls[0]![1] as FormData;
    expect(formData.getAll("recipients")).toEqual(["billing@client.example"]);
    expect(formData.get("documentId")).toBe("doc1");
    expect(formData.get("subject")).toBe(defaults.subject);
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith(en.sending.sent));
  });

  it("checks the form in the browser first: no recipient, a two-line or empty subject", async () => {
    const { user, action } = setup();
    await user.click(screen.getByRole("button", { name: "Send by email" }));
    const dialog = within(screen.getByRole("dialog"));
    for (const email of ["billing@client.example", "boss@client.example"]) {
      await user.click(dialog.getByRole("checkbox", { name: email }));
    }
    await user.clear(dialog.getByLabelText("Subject"));
    await user.click(dialog.getByRole("button", { name: "Send" }));
    expect(action).not.toHaveBeenCalled();
    expect(dialog.getByRole("group", { name: "Recipients" })).toHaveAccessibleDescription(
      `${en.sending.recipientsHint} ${en.sendingValidation.recipients_required}`,
    );
    expect(dialog.getByLabelText("Subject")).toHaveAccessibleDescription(en.sendingValidation.subject_required);
  });

  it("shows the server's field and form errors", async () => {
    const { user } = setup({
      action: async () => ({
        status: "error",
        fieldErrors: { recipients: ["recipient_not_client"] },
        formError: { code: "invalid_input" },
        values: { recipients: "billing@client.example", subject: "Changed", message: "Typed" },
      }),
    });
    await user.click(screen.getByRole("button", { name: "Send by email" }));
    const dialog = within(screen.getByRole("dialog"));
    await user.click(dialog.getByRole("button", { name: "Send" }));
    expect(await dialog.findByText(en.sendingValidation.recipient_not_client)).toBeInTheDocument();
    // What was typed is kept.
    expect(dialog.getByLabelText("Subject")).toHaveValue("Changed");
    expect(dialog.getByRole("checkbox", { name: "boss@client.example" })).not.toBeChecked();
  });

  it("shows a delivery failure as a form message", async () => {
    const { user } = setup({ action: async () => ({ status: "error", formError: { code: "email_delivery_failed" } }) });
    await user.click(screen.getByRole("button", { name: "Send by email" }));
    const dialog = within(screen.getByRole("dialog"));
    await user.click(dialog.getByRole("button", { name: "Send" }));
    expect(await dialog.findByRole("alert")).toHaveTextContent(en.sendingErrors.email_delivery_failed);
  });

  it("is disabled with its reason when the client has no email address", () => {
    setup({ emails: [], messages: fr });
    const button = screen.getByRole("button", { name: "Envoyer par e-mail" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(fr.sending.noEmail);
  });

  it("reminds in French with its own labels", async () => {
    const { user } = setup({ kind: "REMINDER", messages: fr });
    await user.click(screen.getByRole("button", { name: "Relancer" }));
    const dialog = within(screen.getByRole("dialog", { name: "Relancer le client : Invoice F-2026-00001" }));
    expect(dialog.getByRole("button", { name: "Envoyer la relance" })).toBeInTheDocument();
    expect(dialog.getByLabelText("Objet")).toHaveValue(defaults.subject);
  });
});

describe("SendsPanel", () => {
  it("lists sends with date, kind, step, recipients, subject and provider id", () => {
    render(
      <SendsPanel
        locale="en"
        messages={en.sending}
        deliveryMessages={en}
        retryAction={null}
        sends={[
          {
            id: "s2",
            kind: "REMINDER",
            reminderStep: 15,
            recipients: ["billing@client.example"],
            subject: "Payment reminder",
            emailMessageId: "e2",
            email: null,
            providerMessageId: "re_123",
            sentByName: null,
            createdAt: "2026-03-20T08:00:00.000Z",
          },
          {
            id: "s1",
            kind: "SEND",
            reminderStep: null,
            recipients: ["billing@client.example", "boss@client.example"],
            subject: "Invoice F-2026-00001",
            emailMessageId: "e1",
            email: null,
            providerMessageId: null,
            sentByName: "Camille",
            createdAt: "2026-03-01T08:00:00.000Z",
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole("table", { name: en.sending.historyCaption })).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("Reminder");
    expect(rows[1]).toHaveTextContent("automatic, D+15");
    expect(rows[1]).toHaveTextContent("re_123");
    expect(rows[2]).toHaveTextContent("by Camille");
    expect(rows[2]).toHaveTextContent("billing@client.example, boss@client.example");
  });

  it("says when nothing was sent", () => {
    render(<SendsPanel locale="fr" messages={fr.sending} deliveryMessages={fr} retryAction={null} sends={[]} />);
    expect(screen.getByRole("heading", { name: "Envois" })).toBeInTheDocument();
    expect(screen.getByText(fr.sending.empty)).toBeInTheDocument();
  });
});
