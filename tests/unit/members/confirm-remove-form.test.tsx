import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfirmRemoveForm } from "@/app/(app)/settings/members/confirm-remove-form";
import { pickFormMessages } from "@/app/(app)/settings/members/form-messages";
import type { FormState } from "@/app/_shared/form-state";
import { en } from "@/lib/i18n/messages/en";

describe("ConfirmRemoveForm (two-step removal)", () => {
  it("sends nothing until the second button; cancel goes back; a refusal is shown", async () => {
    const user = userEvent.setup();
    const received: FormData[] = [];
    const action = jest.fn(async (_previous: FormState, formData: FormData): Promise<FormState> => {
      received.push(formData);
      return { status: "error", formError: { code: "last_owner" } };
    });
    render(
      <ConfirmRemoveForm
        action={action}
        membershipId="m-1"
        label="Remove"
        question="Remove Ada from the organization?"
        confirmLabel="Yes, remove"
        messages={pickFormMessages(en)}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Remove" }));
    expect(screen.getByText("Remove Ada from the organization?")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("button", { name: "Yes, remove" })).not.toBeInTheDocument();
    expect(action).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Remove" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove" }));
    expect(await screen.findByText(en.memberErrors.last_owner)).toBeInTheDocument();
    expect(action).toHaveBeenCalledTimes(1);
    expect(received[0]?.get("membershipId")).toBe("m-1");
  });
});
