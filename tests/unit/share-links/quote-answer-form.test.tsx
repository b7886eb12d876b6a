import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuoteAnswerForm } from "@/components/share-links/quote-answer-form";
import { en } from "@/lib/i18n/messages/en";

type State = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};

function setup(answer: (previous: State, formData: FormData) => Promise<State> = async () => ({ status: "success" })) {
  const action = jest.fn(answer);
  render(<QuoteAnswerForm token="TOKEN" action={action} messages={en.publicQuote} />);
  return { user: userEvent.setup(), action };
}

const acceptForm = () => screen.getByRole("form", { name: "Accept the quote" });
const declineForm = () => screen.getByRole("form", { name: "Decline the quote" });

describe("QuoteAnswerForm", () => {
  it("checks name and terms in the browser first (field errors, nothing sent)", async () => {
    const { user, action } = setup();
    await user.click(within(acceptForm()).getByRole("button", { name: "Accept the quote" }));
    expect(action).not.toHaveBeenCalled();
    expect(within(acceptForm()).getByRole("textbox", { name: "Full name" })).toHaveAccessibleDescription(
      "Enter your full name.",
    );
    expect(
      within(acceptForm()).getByRole("checkbox", { name: "I accept the terms of this quote" }),
    ).toHaveAccessibleDescription("Tick the box to accept the terms of the quote.");
  });

  it("sends the acceptance with the token, name and ticked terms", async () => {
    const { user, action } = setup();
    await user.type(within(acceptForm()).getByRole("textbox", { name: "Full name" }), "Camille Durand");
    await user.click(within(acceptForm()).getByRole("checkbox", { name: "I accept the terms of this quote" }));
    expect(within(acceptForm()).getByRole("img", { name: "Signature pad" })).toBeInTheDocument();
    expect(within(acceptForm()).getByRole("button", { name: "Clear" })).toBeInTheDocument();
    await user.click(within(acceptForm()).getByRole("button", { name: "Accept the quote" }));
    await waitFor(() => expect(action).toHaveBeenCalled());
    const data = (action.mock.calls[0] as unknown[])[1] as FormData;
    expect(Object.fromEntries(data.entries())).toEqual({
      token: "TOKEN",
      decision: "ACCEPTED",
      signerName: "Camille Durand",
      termsAccepted: "on",
      signature: "",
    });
  });

  it("shows the server's errors and keeps what was typed", async () => {
    // As the server action answers: the code and every value sent, the token excepted.
    const { user } = setup(async (_previous, formData) => ({
      status: "error",
      formError: { code: "quote_already_answered" },
      values: Object.fromEntries(
        [...formData.entries()].filter(([key]) => key !== "token").map(([key, value]) => [key, String(value)]),
      ),
    }));
    const name = within(acceptForm()).getByRole("textbox", { name: "Full name" });
    await user.type(name, "Camille Durand");
    await user.click(within(acceptForm()).getByRole("checkbox", { name: "I accept the terms of this quote" }));
    await user.click(within(acceptForm()).getByRole("button", { name: "Accept the quote" }));
    // The form's check loads on demand (useFormCheck) before the action runs: on a loaded
    // machine the answer took over findBy's default second, and once over 5 s in a CI run whose
    // two cores were shared with a typecheck (the test allows 15 s).
    expect(await within(acceptForm()).findByRole("alert", {}, { timeout: 12_000 })).toHaveTextContent(
      "This quote has already been answered.",
    );
    expect(within(acceptForm()).getByRole("textbox", { name: "Full name" })).toHaveValue("Camille Durand");
    expect(within(acceptForm()).getByRole("checkbox", { name: "I accept the terms of this quote" })).toBeChecked();
  });

  it("a refusal needs a reason", async () => {
    const { user, action } = setup();
    await user.click(within(declineForm()).getByRole("button", { name: "Decline the quote" }));
    expect(action).not.toHaveBeenCalled();
    const reason = within(declineForm()).getByRole("textbox", { name: "Reason for declining" });
    expect(reason).toHaveAccessibleDescription("Tell us why you decline.");
    await user.type(reason, "Budget cut");
    await user.click(within(declineForm()).getByRole("button", { name: "Decline the quote" }));
    await waitFor(() => expect(action).toHaveBeenCalled());
    const data = (action.mock.calls[0] as unknown[])[1] as FormData;
    expect(data.get("decision")).toBe("DECLINED");
    expect(data.get("reason")).toBe("Budget cut");
  });
});
