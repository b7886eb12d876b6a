import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  DocumentActions,
  type DocumentAction,
  type DocumentActionsProps,
} from "@/components/documents/document-actions";
import { en } from "@/lib/i18n/messages/en";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

// jsdom has no <dialog> behaviour: the minimal open/close semantics.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

function actions(): Record<keyof DocumentActionsProps["actions"], jest.MockedFunction<DocumentAction>> {
  const make = () =>
    jest.fn<ReturnType<DocumentAction>, Parameters<DocumentAction>>(async () => ({ status: "success" }));
  return {
    deleteDraft: make(),
    duplicate: make(),
    issue: make(),
    send: make(),
    accept: make(),
    decline: make(),
    convertToInvoice: make(),
    convertToDeposit: make(),
    createCreditNote: make(),
  };
}

function setup(document: Partial<DocumentActionsProps["document"]>, can = { write: true, issue: true }) {
  const { mocks } = renderActions(document, can);
  return { user: userEvent.setup(), mocks };
}

function renderActions(document: Partial<DocumentActionsProps["document"]>, can = { write: true, issue: true }) {
  const mocks = actions();
  const { unmount } = render(
    <DocumentActions
      document={{
        id: "d1",
        type: "INVOICE",
        displayStatus: "DRAFT",
        name: "Invoice (draft)",
        creditableCents: 0,
        ...document,
      }}
      can={can}
      editHref="/invoices/d1/edit"
      locale="en"
      actions={mocks}
      messages={{
        documentActions: en.documentActions,
        lists: en.lists,
        common: en.common,
        fieldTexts: { ...en.validation, ...en.quoteValidation, ...en.documentValidation },
        errorTexts: { ...en.quoteErrors, ...en.documentErrors },
      }}
    />,
  );
  return { mocks, unmount };
}

const sent = (mock: jest.MockedFunction<DocumentAction>) =>
  Object.fromEntries((mock.mock.calls[0]![1] as FormData).entries());

describe("DocumentActions", () => {
  it("offers edit, issue, duplicate and delete on a draft invoice; issuing asks first and says a number is assigned", async () => {
    const { user, mocks } = setup({});
    expect(screen.getByRole("link", { name: "Edit" })).toHaveAttribute("href", "/invoices/d1/edit");
    expect(screen.getByRole("button", { name: "Duplicate" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Delete" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Mark as sent" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Issue" }));
    const dialog = screen.getByRole("dialog", { name: "Issue: Invoice (draft)?" });
    expect(dialog).toHaveTextContent(en.documentActions.issueBody);
    expect(mocks.issue).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Issue" }));
    expect(mocks.issue).toHaveBeenCalledTimes(1);
    expect(sent(mocks.issue)).toEqual({ documentId: "d1" });
  });

  it("shows the server's refusal of an issue with its message", async () => {
    const { user, mocks } = setup({});
    mocks.issue.mockResolvedValueOnce({ status: "error", formError: { code: "seller_identity_incomplete" } });
    await user.click(screen.getByRole("button", { name: "Issue" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Issue" }));
    expect(await screen.findByTestId("form-alert")).toHaveTextContent(en.documentErrors.seller_identity_incomplete);
  });

  it("answers a sent quote and asks a valid deposit before converting", async () => {
    const { user, mocks } = setup({ type: "QUOTE", displayStatus: "SENT", name: "Quote Q-1" });
    expect(screen.queryByRole("link", { name: "Edit" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark as accepted" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark as declined" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create the invoice" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Deposit invoice" }));
    const dialog = within(screen.getByRole("dialog", { name: "Create a deposit invoice" }));
    await user.type(dialog.getByLabelText("Percentage (for example 30)"), "150");
    await user.click(dialog.getByRole("button", { name: "Create the deposit invoice" }));
    expect(mocks.convertToDeposit).not.toHaveBeenCalled();
    expect(dialog.getByLabelText("Percentage (for example 30)")).toHaveAccessibleDescription(
      en.quoteValidation.deposit_percent_range,
    );

    await user.click(dialog.getByLabelText("Amount incl. VAT"));
    await user.type(dialog.getByLabelText("Amount incl. VAT (for example 1,500.00)"), "1500");
    await user.click(dialog.getByRole("button", { name: "Create the deposit invoice" }));
    expect(sent(mocks.convertToDeposit)).toEqual({ documentId: "d1", kind: "AMOUNT", value: "1500" });
  });

  it("offers a full or partial credit note on an issued invoice", async () => {
    const { user, mocks } = setup({ displayStatus: "PAID", name: "Invoice F-1", creditableCents: 120_000 });
    expect(screen.queryByRole("button", { name: "Issue" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create a credit note" }));
    const dialog = within(screen.getByRole("dialog", { name: "Create a credit note" }));
    expect(screen.getByRole("dialog")).toHaveTextContent("Left to credit: €1,200.00.");
    await user.click(dialog.getByLabelText(/Partial credit note/));
    await user.type(dialog.getByLabelText("Amount incl. VAT of the credit note"), "200");
    await user.click(dialog.getByRole("button", { name: "Create the credit note" }));
    expect(sent(mocks.createCreditNote)).toEqual({ invoiceId: "d1", mode: "AMOUNT", amount: "200" });
  });

  it("shows nothing to a role that may only read", () => {
    setup({}, { write: false, issue: false });
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });

  it("on a draft quote, marking as sent is a secondary action whose confirmation points to sending by email", async () => {
    const { user, mocks } = setup({ type: "QUOTE", displayStatus: "DRAFT", name: "Quote (draft)" });
    const mark = screen.getByRole("button", { name: "Mark as sent" });
    // "Send by email" (the sending buttons) is the page's primary action: this one is outlined.
    expect(mark).not.toHaveClass("bg-brand-600");
    expect(filled()).toEqual([]);
    await user.click(mark);
    const dialog = screen.getByRole("dialog", { name: "Mark this quote as sent?" });
    expect(dialog).not.toHaveTextContent(/coming soon/i);
    expect(dialog).toHaveTextContent("Send by email");
    await user.click(within(dialog).getByRole("button", { name: "Mark as sent" }));
    expect(sent(mocks.send)).toEqual({ documentId: "d1" });
  });

  it("puts forward one action per state", () => {
    const cases: [Partial<DocumentActionsProps["document"]>, string[]][] = [
      [{ type: "INVOICE", displayStatus: "DRAFT" }, ["Issue"]],
      [{ type: "QUOTE", displayStatus: "SENT" }, ["Mark as accepted"]],
      [{ type: "QUOTE", displayStatus: "ACCEPTED" }, ["Create the invoice"]],
      [{ type: "INVOICE", displayStatus: "ISSUED", creditableCents: 100 }, []],
    ];
    for (const [document, expected] of cases) {
      const { unmount } = renderActions(document);
      expect(filled()).toEqual(expected);
      unmount();
    }
  });
});

/** The texts of the filled (primary) buttons and links. */
function filled(): string[] {
  return [...screen.queryAllByRole("button"), ...screen.queryAllByRole("link")]
    .filter((element) => element.classList.contains("bg-brand-600"))
    .map((element) => element.textContent ?? "");
}
