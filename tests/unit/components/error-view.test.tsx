import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ErrorView } from "@/components/error-view";

// The error page reads its language from <html lang> (set by the root layout), with its own
// small text module (see error-view-bundle.test.ts).

afterEach(() => {
  document.documentElement.lang = "";
});

it("speaks French by default, names the digest and retries", async () => {
  const onRetry = jest.fn();
  render(<ErrorView digest="abc123" onRetry={onRetry} />);
  expect(screen.getByRole("heading", { name: "Une erreur est survenue" })).toBeInTheDocument();
  expect(screen.getByText("abc123")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Réessayer" }));
  expect(onRetry).toHaveBeenCalledTimes(1);
});

it("speaks English on an English page", () => {
  document.documentElement.lang = "en";
  render(<ErrorView onRetry={() => {}} />);
  expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
});
