import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConfirmButton } from "@/components/ui/confirm-button";

// jsdom has no <dialog> behaviour: give it the minimal open/close semantics.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

describe("ConfirmButton", () => {
  it("asks before running the action, and cancelling runs nothing", async () => {
    const user = userEvent.setup();
    const action = jest.fn();
    render(
      <ConfirmButton
        title="Supprimer ce client ?"
        body="Irréversible."
        confirmLabel="Supprimer"
        cancelLabel="Annuler"
        action={action}
        fields={{ id: "c1" }}
      >
        Supprimer
      </ConfirmButton>,
    );
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Supprimer" }));
    const dialog = screen.getByRole("dialog", { name: "Supprimer ce client ?" });
    expect(dialog).toHaveTextContent("Irréversible.");
    await user.click(screen.getByRole("button", { name: "Annuler" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(action).not.toHaveBeenCalled();
  });
});
