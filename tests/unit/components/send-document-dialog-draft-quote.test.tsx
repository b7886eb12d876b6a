import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SendDocumentDialog } from "@/components/documents/send-document-dialog";
import { defaultSendTexts } from "@/lib/sending/sending-texts";
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

// A draft quote has no number nor validity date yet: the texts carry {number} and
// {validUntil}, which the server fills in when it sends. The dialog must not show them raw.
const draftQuoteTexts = defaultSendTexts("SEND", {
  type: "QUOTE",
  language: "fr",
  number: null,
  sellerName: "Atelier Démo SARL",
  totalInclVatCents: 120_000,
  currency: "EUR",
  balanceCents: null,
  dueDate: null,
  validUntil: null,
});

function setup(emphasis?: "primary" | "secondary") {
  const action = jest.fn(async () => ({ status: "success" as const }));
  render(
    <SendDocumentDialog
      documentId="q1"
      kind="SEND"
      documentName="Devis (brouillon)"
      clientEmails={["client@example.test"]}
      defaults={draftQuoteTexts}
      draftQuote
      emphasis={emphasis}
      action={action}
      messages={{
        sending: fr.sending,
        sendingValidation: fr.sendingValidation,
        errorTexts: fr.sendingErrors,
        common: fr.common,
      }}
    />,
  );
  return { user: userEvent.setup(), action };
}

describe("SendDocumentDialog of a draft quote", () => {
  it("shows readable placeholders, and sends the ones the server fills in", async () => {
    expect(draftQuoteTexts.subject).toContain("{number}");
    const { user, action } = setup();
    await user.click(screen.getByRole("button", { name: "Envoyer par e-mail" }));
    const dialog = within(screen.getByRole("dialog", { name: "Envoyer Devis (brouillon) par e-mail" }));
    const subject = dialog.getByLabelText("Objet");
    const message = dialog.getByLabelText("Message");
    expect(subject).toHaveValue("Devis [numéro] — Atelier Démo SARL");
    expect((subject as HTMLInputElement).value).not.toMatch(/[{}]/);
    expect((message as HTMLTextAreaElement).value).not.toMatch(/[{}]/);
    expect((message as HTMLTextAreaElement).value).toContain("[numéro]");
    expect(screen.getByRole("dialog")).toHaveTextContent("[numéro]");

    await user.type(subject, " (merci)");
    await user.click(dialog.getByRole("button", { name: "Envoyer" }));
    const formData = (action.mock.calls[0] as unknown[])[1] as FormData;
    expect(formData.get("subject")).toBe("Devis {number} — Atelier Démo SARL (merci)");
    expect(formData.get("message")).toBe(draftQuoteTexts.message);
  });

  it("is a filled button only as the page's primary action", () => {
    setup("secondary");
    expect(screen.getByRole("button", { name: "Envoyer par e-mail" })).not.toHaveClass("bg-brand-600");
  });
});
