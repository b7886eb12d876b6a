import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useFormCheck, type FormCheck } from "@/components/forms/use-form-check";

// The check of a dialog form is loaded on demand (zod stays out of the page's first JavaScript):
// a submit must still be checked, or wait for the check, and never be lost.

const amountCheck: FormCheck = (data) => (String(data.get("amount") ?? "") === "" ? { amount: ["required"] } : null);

function AmountForm({ load, send }: { load: () => Promise<FormCheck>; send: (data: FormData) => void }) {
  const { errors, preload, onSubmit } = useFormCheck(load);
  return (
    <>
      <button type="button" onClick={() => void preload()}>
        Open
      </button>
      <form action={send} onSubmit={onSubmit} noValidate>
        <label>
          Amount
          <input name="amount" aria-invalid={errors?.amount ? true : undefined} />
        </label>
        {errors?.amount ? <p role="alert">{errors.amount.join(" ")}</p> : null}
        <button type="submit">Send</button>
      </form>
    </>
  );
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

test("a submit before the check has arrived waits for it, is checked, and an invalid form is not sent", async () => {
  const user = userEvent.setup();
  const check = deferred<FormCheck>();
  const load = jest.fn(() => check.promise);
  const send = jest.fn();
  render(<AmountForm load={load} send={send} />);

  await user.click(screen.getByRole("button", { name: "Send" }));
  expect(load).toHaveBeenCalledTimes(1);
  expect(send).not.toHaveBeenCalled();

  check.resolve(amountCheck);
  expect(await screen.findByRole("alert")).toHaveTextContent("required");
  expect(screen.getByLabelText("Amount")).toHaveAttribute("aria-invalid", "true");
  expect(send).not.toHaveBeenCalled();
});

test("a valid form waiting for its check is sent once the check has arrived", async () => {
  const user = userEvent.setup();
  const check = deferred<FormCheck>();
  const send = jest.fn();
  render(<AmountForm load={() => check.promise} send={send} />);

  await user.type(screen.getByLabelText("Amount"), "12,50");
  await user.click(screen.getByRole("button", { name: "Send" }));
  expect(send).not.toHaveBeenCalled();

  check.resolve(amountCheck);
  await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  expect(send.mock.calls[0]![0].get("amount")).toBe("12,50");
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("preloaded (the dialog opened), the check runs at once and is loaded only once", async () => {
  const user = userEvent.setup();
  const load = jest.fn(async () => amountCheck);
  const send = jest.fn();
  render(<AmountForm load={load} send={send} />);

  await user.click(screen.getByRole("button", { name: "Open" }));
  await user.click(screen.getByRole("button", { name: "Send" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("required");

  await user.type(screen.getByLabelText("Amount"), "3");
  await user.click(screen.getByRole("button", { name: "Send" }));
  await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);
});

test("a check that cannot be loaded lets the form go unchecked (the server checks the same schema)", async () => {
  const user = userEvent.setup();
  const send = jest.fn();
  render(<AmountForm load={() => Promise.reject(new Error("chunk failed"))} send={send} />);

  await user.click(screen.getByRole("button", { name: "Send" }));
  await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
});
