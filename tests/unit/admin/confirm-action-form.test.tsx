import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { en } from "@/lib/i18n/messages/en";

type State = { status: "idle" | "error" | "success"; formError?: { code: string } };

function setup(result: State) {
  const calls: Record<string, string>[] = [];
  const action = jest.fn(async (_previous: State, formData: FormData) => {
    calls.push(Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)])));
    return result;
  });
  render(
    <ConfirmActionForm
      action={action}
      fields={{ id: "user-1", disabled: "true" }}
      triggerLabel="Disable"
      question="Disable Zoé? Their sessions end at once."
      confirmLabel={en.admin.confirm}
      cancelLabel={en.admin.cancel}
      successMessage="Account disabled."
      errors={en.admin.errors}
      danger
    />,
  );
  return { action, calls };
}

describe("ConfirmActionForm", () => {
  it("asks first; cancelling sends nothing", async () => {
    const user = userEvent.setup();
    const { action } = setup({ status: "success" });
    await user.click(screen.getByRole("button", { name: "Disable" }));
    expect(screen.getByRole("group", { name: "Disable Zoé? Their sessions end at once." })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Disable" })).toBeInTheDocument();
  });

  it("confirming submits the hidden fields and announces the outcome", async () => {
    const user = userEvent.setup();
    const { calls } = setup({ status: "success" });
    await user.click(screen.getByRole("button", { name: "Disable" }));
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("Account disabled.")).toBeInTheDocument();
    expect(calls).toEqual([{ id: "user-1", disabled: "true" }]);
  });

  it("shows a refusal in words", async () => {
    const user = userEvent.setup();
    setup({ status: "error", formError: { code: "cannot_disable_self" } });
    await user.click(screen.getByRole("button", { name: "Disable" }));
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("You cannot disable your own account.")).toBeInTheDocument();
  });
});
