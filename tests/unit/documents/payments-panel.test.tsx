import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import { PaymentsPanel } from "@/components/documents/payments-panel";
import { en } from "@/lib/i18n/messages/en";

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

type State = {
  status: "idle" | "error" | "success";
  formError?: { code: string; params?: Record<string, string | number> };
};

function setup(record: (previous: State, formData: FormData) => Promise<State>) {
  const recordAction = jest.fn(record);
  const deleteAction = jest.fn(async (): Promise<State> => ({ status: "success" }));
  render(
    <PaymentsPanel
      invoiceId="inv1"
      payments={[
        { id: "p1", date: "2026-03-01", amountCents: 20_000, method: "CHEQUE", reference: "CHQ 12", note: null },
      ]}
      totalInclVatCents={120_000}
      paidCents={20_000}
      creditedCents={0}
      payable
      canWrite
      today="2026-03-10"
      locale="en"
      recordAction={recordAction}
      deleteAction={deleteAction}
      messages={{
        payments: en.payments,
        paymentMethods: en.paymentMethods,
        paymentValidation: en.paymentValidation,
        paymentErrors: en.paymentErrors,
        validation: en.validation,
        lists: en.lists,
        common: en.common,
      }}
    />,
  );
  return { user: userEvent.setup(), recordAction, deleteAction };
}

describe("PaymentsPanel", () => {
  beforeEach(() => jest.clearAllMocks());

  it("shows what is paid and left, and records a payment checked with paymentInput first", async () => {
    const { user, recordAction } = setup(async () => ({ status: "success" }));
    expect(screen.getByTestId("invoice-balance")).toHaveTextContent("€1,000.00");
    expect(screen.getByRole("table", { name: en.payments.tableCaption })).toHaveTextContent("CHQ 12");

    await user.click(screen.getByRole("button", { name: "Record a payment" }));
    const dialog = within(screen.getByRole("dialog", { name: en.payments.recordTitle }));
    // Defaults: today and what is left to pay.
    expect(dialog.getByLabelText("Date received")).toHaveValue("2026-03-10");
    expect(dialog.getByLabelText("Amount")).toHaveValue("1000.00");

    await user.clear(dialog.getByLabelText("Amount"));
    await user.type(dialog.getByLabelText("Amount"), "0");
    await user.click(dialog.getByRole("button", { name: "Record payment" }));
    expect(recordAction).not.toHaveBeenCalled();
    expect(dialog.getByLabelText("Amount")).toHaveAccessibleDescription(
      `${en.payments.amountHint} ${en.paymentValidation.payment_amount_positive}`,
    );

    await user.clear(dialog.getByLabelText("Amount"));
    await user.type(dialog.getByLabelText("Amount"), "400");
    await user.selectOptions(dialog.getByLabelText("Payment method"), "CARD");
    await user.click(dialog.getByRole("button", { name: "Record payment" }));
    expect(recordAction).toHaveBeenCalledTimes(1);
    const sent = Object.fromEntries((recordAction.mock.calls[0]![1] as FormData).entries());
    expect(sent).toMatchObject({ invoiceId: "inv1", date: "2026-03-10", amount: "400", method: "CARD" });
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith(en.payments.recorded));
  });

  it("shows the server's refusal of an overpayment with what is left", async () => {
    const { user } = setup(async () => ({
      status: "error",
      formError: { code: "payment_exceeds_balance", params: { remaining: "€1,000.00" } },
    }));
    await user.click(screen.getByRole("button", { name: "Record a payment" }));
    const dialog = within(screen.getByRole("dialog"));
    await user.clear(dialog.getByLabelText("Amount"));
    await user.type(dialog.getByLabelText("Amount"), "5000");
    await user.click(dialog.getByRole("button", { name: "Record payment" }));
    expect(await dialog.findByRole("alert")).toHaveTextContent("€1,000.00");
  });

  it("deletes a payment only after confirmation", async () => {
    const { user, deleteAction } = setup(async () => ({ status: "success" }));
    await user.click(screen.getByRole("button", { name: "Delete the payment of 1 Mar 2026" }));
    expect(deleteAction).not.toHaveBeenCalled();
    await user.click(
      within(screen.getByRole("dialog", { name: en.payments.deleteTitle })).getByRole("button", { name: "Delete" }),
    );
    expect(deleteAction).toHaveBeenCalledTimes(1);
    expect(Object.fromEntries((deleteAction.mock.calls[0] as unknown as [State, FormData])[1].entries())).toEqual({
      paymentId: "p1",
    });
  });
});
