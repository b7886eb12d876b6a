import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import { ArticleForm } from "@/app/(app)/articles/article-form";
import { pickArticleMessages } from "@/app/(app)/articles/article-messages";
import type { FormState } from "@/app/_shared/form-state";
import { en } from "@/lib/i18n/messages/en";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const initial = {
  name: "",
  description: "",
  unit: "hour",
  unitPrice: "",
  vatRate: "2000",
  reference: "",
  kind: "SERVICE",
};

describe("ArticleForm", () => {
  it("checks the fields in the browser with articleInput and sends nothing while they are wrong", async () => {
    const user = userEvent.setup();
    const action = jest.fn(async (): Promise<FormState> => ({ status: "success" }));
    render(<ArticleForm action={action} initial={initial} locale="en" messages={pickArticleMessages(en)} />);
    await user.type(screen.getByLabelText("Unit price excl. VAT"), "12,345");
    await user.click(screen.getByRole("button", { name: "Create the article" }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Name")).toHaveAccessibleDescription(en.validation.required);
    expect(screen.getByLabelText("Unit price excl. VAT")).toHaveAccessibleDescription(
      `${en.articles.unitPriceHint} ${en.articleValidation.money_decimals}`,
    );

    await user.type(screen.getByLabelText("Name"), "Consulting");
    await user.clear(screen.getByLabelText("Unit price excl. VAT"));
    await user.type(screen.getByLabelText("Unit price excl. VAT"), "1 234,50");
    await user.click(screen.getByRole("button", { name: "Create the article" }));
    expect(action).toHaveBeenCalledTimes(1);
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(Object.fromEntries(sent.entries())).toMatchObject({
      name: "Consulting",
      unitPrice: "1 234,50",
      vatRate: "2000",
    });
    await screen.findByRole("button", { name: "Create the article" });
    expect(push).toHaveBeenCalledWith("/articles");
    expect(toast.success).toHaveBeenCalledWith(en.articles.created);
  });

  it("shows the server's field errors (reference taken) and keeps what was typed", async () => {
    const user = userEvent.setup();
    const action = jest.fn(async (_previous: FormState, formData: FormData): Promise<FormState> => ({
      status: "error",
      fieldErrors: { reference: ["reference_taken"] },
      formError: { code: "reference_taken" },
      values: Object.fromEntries([...formData.entries()].map(([key, value]) => [key, String(value)])),
    }));
    render(
      <ArticleForm
        action={action}
        articleId="a1"
        initial={{ ...initial, name: "Audit", unitPrice: "100" }}
        locale="en"
        messages={pickArticleMessages(en)}
      />,
    );
    await user.type(screen.getByLabelText("Reference"), "REF-1");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(en.articleValidation.reference_taken)).toBeInTheDocument();
    expect(screen.getByLabelText("Reference")).toHaveValue("REF-1");
    expect(screen.getByLabelText("Reference")).toHaveAttribute("aria-invalid", "true");
  });

  it("sends the version it was opened on; after article_changed, the current one, with the values as typed", async () => {
    const user = userEvent.setup();
    const received: FormData[] = [];
    const filled = { ...initial, name: "Consulting", unitPrice: "120" };
    const action = jest.fn(async (_previous: FormState, formData: FormData): Promise<FormState> => {
      received.push(formData);
      return received.length === 1
        ? {
            status: "error",
            formError: { code: "article_changed" },
            values: { ...filled, articleId: "a1", expectedUpdatedAt: "2026-12-07T10:00:00.000Z" },
          }
        : { status: "success" };
    });
    render(
      <ArticleForm
        action={action}
        articleId="a1"
        version="2026-12-07T09:00:00.000Z"
        initial={{ ...filled, unitPrice: "100" }}
        locale="en"
        messages={pickArticleMessages(en)}
      />,
    );
    await user.clear(screen.getByLabelText("Unit price excl. VAT"));
    await user.type(screen.getByLabelText("Unit price excl. VAT"), "120");
    const save = screen.getByRole("button", { name: en.articles.submitSave });
    await user.click(save);
    expect(await screen.findByText(en.articleErrors.article_changed)).toBeInTheDocument();
    expect(received[0]?.get("expectedUpdatedAt")).toBe("2026-12-07T09:00:00.000Z");
    expect(screen.getByLabelText("Unit price excl. VAT")).toHaveValue("120");
    await user.click(save);
    expect(action).toHaveBeenCalledTimes(2);
    expect(received[1]?.get("expectedUpdatedAt")).toBe("2026-12-07T10:00:00.000Z");
  });
});
