import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import {
  DocumentEditor,
  type DocumentEditorProps,
  type SaveDocumentResult,
} from "@/components/documents/document-editor";
import { newEditorValues, type EditorValues } from "@/components/documents/editor-values";
import type { ArticleOption } from "@/components/documents/article-picker";
import { documentInput, totalsInputOf } from "@/lib/documents/document-schema";
import { computeTotals } from "@/lib/documents/totals/compute-totals";
import { en } from "@/lib/i18n/messages/en";
import { formatMoney } from "@/lib/money/format-money";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const messages: DocumentEditorProps["messages"] = {
  documentEditor: en.documentEditor,
  articleKinds: en.articleKinds,
  articleUnits: en.articleUnits,
  // As the pages build them (app/(app)/_documents/editor-page.tsx).
  fieldTexts: { ...en.validation, ...en.quoteValidation, ...en.documentValidation },
  errorTexts: { ...en.paymentErrors, ...en.quoteErrors, ...en.documentErrors },
};

const clients = [
  { id: "c1", name: "Acme SAS", detail: "Lyon" },
  { id: "c2", name: "Boulangerie Martin", detail: "Paris" },
];

const articles: ArticleOption[] = [
  {
    id: "a1",
    name: "Audit",
    reference: "AUD",
    description: null,
    unit: "day",
    unitPriceCents: 100_000,
    vatRateBps: 2000,
    kind: "SERVICE",
  },
];

function setup(overrides: Partial<DocumentEditorProps> = {}) {
  const save = jest.fn(async (): Promise<SaveDocumentResult> => ({
    status: "success",
    documentId: "d1",
    updatedAt: "2026-01-01T00:00:00Z",
  }));
  const props: DocumentEditorProps = {
    type: "INVOICE",
    initial: newEditorValues({ vatRate: "2000", language: "en", unit: "piece", issueDate: "2026-03-02" }),
    vatExempt: false,
    defaultVatRate: "2000",
    defaultUnit: "piece",
    locale: "en",
    save,
    searchClients: (query) => clients.filter((client) => client.name.toLowerCase().includes(query.toLowerCase())),
    searchArticles: (query) => articles.filter((article) => article.name.toLowerCase().includes(query.toLowerCase())),
    cancelHref: "/invoices",
    messages,
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(<DocumentEditor {...props} />);
  return { user, save, props, ...view };
}

const line = (n: number) => screen.getByRole("group", { name: `Line ${n}` });

async function fillLine(
  user: ReturnType<typeof userEvent.setup>,
  n: number,
  values: { description: string; quantity: string; unitPrice: string; vat?: string },
) {
  const group = within(line(n));
  await user.type(group.getByLabelText("Description"), values.description);
  await user.clear(group.getByLabelText("Quantity"));
  await user.type(group.getByLabelText("Quantity"), values.quantity);
  await user.type(group.getByLabelText("Unit price excl. VAT"), values.unitPrice);
  if (values.vat) await user.selectOptions(group.getByLabelText("VAT"), values.vat);
}

const money = (cents: number) => formatMoney(cents, "en");

describe("DocumentEditor", () => {
  beforeEach(() => jest.clearAllMocks());

  it("shows the totals computeTotals gives for the parsed document (1,000 € at 20 % plus a 5.5 % line)", async () => {
    const { user } = setup();
    await fillLine(user, 1, { description: "Audit", quantity: "1", unitPrice: "1000" });
    expect(within(line(1)).getByTestId("line-net")).toHaveTextContent(money(100_000));
    expect(screen.getByTestId("total-excl-vat")).toHaveTextContent(money(100_000));
    expect(screen.getByTestId("total-vat")).toHaveTextContent(money(20_000));
    expect(screen.getByTestId("total-incl-vat")).toHaveTextContent(money(120_000));

    await user.click(screen.getByRole("button", { name: "Add a line" }));
    await fillLine(user, 2, { description: "Books", quantity: "3", unitPrice: "10,35", vat: "550" });

    // The reference: the server's own path, documentInput then computeTotals(totalsInputOf(…)).
    const expected = computeTotals(
      totalsInputOf(
        documentInput.parse({
          clientId: "c1",
          lines: [
            { description: "Audit", quantity: "1", unit: "piece", unitPrice: "1000", vatRate: "2000" },
            { description: "Books", quantity: "3", unit: "piece", unitPrice: "10,35", vatRate: "550" },
          ],
        }),
        { vatExempt: false },
      ),
    );
    expect(expected.totalVatCents).toBe(20_171); // 200.00 + round(31.05 × 5.5 %) = 1.71
    expect(within(line(2)).getByTestId("line-net")).toHaveTextContent(money(3_105));
    expect(screen.getByTestId("total-excl-vat")).toHaveTextContent(money(expected.totalExclVatCents));
    expect(screen.getByTestId("total-vat")).toHaveTextContent(money(expected.totalVatCents));
    expect(screen.getByTestId("total-incl-vat")).toHaveTextContent(money(expected.totalInclVatCents));
    const breakdown = within(screen.getByRole("table", { name: "VAT by category and rate" }));
    expect(breakdown.getByRole("row", { name: /^VAT 20%/ })).toHaveTextContent(`${money(100_000)}${money(20_000)}`);
    expect(breakdown.getByRole("row", { name: /^VAT 5\.5%/ })).toHaveTextContent(`${money(3_105)}${money(171)}`);
  });

  it("adds, removes and reorders lines from the keyboard, keeping the focus on the line", async () => {
    const { user } = setup();
    await user.type(within(line(1)).getByLabelText("Description"), "First");
    // Ctrl + Enter in a line adds one right after it and puts the focus in it.
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(screen.getAllByRole("group", { name: /^Line \d$/ })).toHaveLength(2);
    expect(within(line(2)).getByRole("combobox", { name: "Catalogue article" })).toHaveFocus();
    expect(screen.getByText("Line 2 added.")).toBeInTheDocument();
    await user.tab(); // from the article search to the description
    await user.keyboard("Second");
    expect(within(line(2)).getByLabelText("Description")).toHaveValue("Second");

    // The add button, reached with Tab and pressed with Enter.
    act(() => screen.getByRole("button", { name: "Add a line" }).focus());
    await user.keyboard("{Enter}");
    expect(within(line(3)).getByRole("combobox", { name: "Catalogue article" })).toHaveFocus();
    await user.tab();
    await user.keyboard("Third");

    // Move line 3 up: the line moves, the focus follows its button.
    act(() => within(line(3)).getByRole("button", { name: "Move line 3 up" }).focus());
    await user.keyboard("{Enter}");
    expect(descriptions()).toEqual(["First", "Third", "Second"]);
    expect(screen.getByRole("button", { name: "Move line 2 up" })).toHaveFocus();
    await user.keyboard(" ");
    expect(descriptions()).toEqual(["Third", "First", "Second"]);
    // Now first: "up" is disabled, the focus moved to "down".
    expect(screen.getByRole("button", { name: "Move line 1 up" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Move line 1 down" })).toHaveFocus();
    expect(screen.getByText("Line moved to position 1.")).toBeInTheDocument();

    // Remove line 2: the focus goes to the line that takes its place.
    act(() => screen.getByRole("button", { name: "Remove line 2" }).focus());
    await user.keyboard("{Enter}");
    expect(descriptions()).toEqual(["Third", "Second"]);
    expect(within(line(2)).getByRole("combobox", { name: "Catalogue article" })).toHaveFocus();
    expect(screen.getByText("Line 2 removed.")).toBeInTheDocument();
    // The last line cannot be removed.
    await user.click(screen.getByRole("button", { name: "Remove line 2" }));
    expect(screen.getByRole("button", { name: "Remove line 1" })).toBeDisabled();
  });

  it("shows documentInput's field errors, keeps the input and sends nothing until they are fixed", async () => {
    const { user, save } = setup();
    const group = within(line(1));
    await user.clear(group.getByLabelText("Quantity"));
    await user.type(group.getByLabelText("Quantity"), "1,2345");
    await user.type(group.getByLabelText("Unit price excl. VAT"), "12,345");
    await user.click(screen.getByRole("button", { name: "Save draft" }));

    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(en.documentEditor.errorSummary);
    expect(group.getByLabelText("Description")).toHaveAccessibleDescription(en.validation.required);
    expect(group.getByLabelText("Unit price excl. VAT")).toHaveAccessibleDescription(
      en.documentValidation.money_decimals,
    );
    expect(group.getByLabelText("Quantity")).toHaveAccessibleDescription(en.documentValidation.quantity_decimals);
    expect(group.getByLabelText("Quantity")).toHaveValue("1,2345");
    expect(screen.getByRole("combobox", { name: "Client" })).toHaveAttribute("aria-invalid", "true");
    // The first invalid field gets the focus.
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(screen.getByRole("combobox", { name: "Client" })).toHaveFocus();

    // Fixing the fields clears their messages; the save then sends the raw values.
    await user.type(screen.getByRole("combobox", { name: "Client" }), "acm");
    await user.click(await screen.findByRole("option", { name: /Acme SAS/ }));
    await user.type(group.getByLabelText("Description"), "Consulting");
    await user.clear(group.getByLabelText("Quantity"));
    await user.type(group.getByLabelText("Quantity"), "1,5");
    await user.clear(group.getByLabelText("Unit price excl. VAT"));
    await user.type(group.getByLabelText("Unit price excl. VAT"), "12,34");
    expect(group.getByLabelText("Quantity")).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]).toEqual([
      expect.objectContaining({
        documentId: undefined,
        values: expect.objectContaining({
          clientId: "c1",
          issueDate: "2026-03-02",
          lines: [expect.objectContaining({ description: "Consulting", quantity: "1,5", unitPrice: "12,34" })],
        }),
      }),
    ]);
  });

  it("shows the server's field errors on the lines they name and its form error", async () => {
    const save = jest.fn(async (): Promise<SaveDocumentResult> => ({
      status: "error",
      fieldErrors: { "lines.1.unitPrice": ["money_too_large"] },
      formError: { code: "invalid_input" },
    }));
    const initial: EditorValues = {
      ...newEditorValues({ vatRate: "2000", language: "en", unit: "piece", clientId: "c1", clientName: "Acme SAS" }),
      lines: [
        {
          ...newEditorValues({ vatRate: "2000", language: "en", unit: "piece" }).lines[0]!,
          key: "a",
          description: "A",
          unitPrice: "1",
        },
        {
          ...newEditorValues({ vatRate: "2000", language: "en", unit: "piece" }).lines[0]!,
          key: "b",
          description: "B",
          unitPrice: "2",
        },
      ],
    };
    const { user } = setup({ save, initial });
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(await within(line(2)).findByText(en.documentValidation.money_too_large)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(en.documentEditor.errorSummary);
    // The message follows its line when lines move.
    await user.click(screen.getByRole("button", { name: "Move line 2 up" }));
    expect(within(line(1)).getByText(en.documentValidation.money_too_large)).toBeInTheDocument();
    expect(within(line(1)).getByLabelText("Description")).toHaveValue("B");
  });

  it("shows a refusal without field errors (a newer version was saved elsewhere) and keeps the values", async () => {
    const save = jest.fn(async (): Promise<SaveDocumentResult> => ({
      status: "error",
      formError: { code: "document_changed" },
    }));
    const { user } = setup({ save, documentId: "d1", updatedAt: "2026-01-01T10:00:00.000Z" });
    await user.type(screen.getByRole("combobox", { name: "Client" }), "mart");
    await user.click(await screen.findByRole("option", { name: /Boulangerie Martin/ }));
    await fillLine(user, 1, { description: "Bread", quantity: "12", unitPrice: "1,10", vat: "550" });
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(en.documentErrors.document_changed);
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ documentId: "d1", updatedAt: "2026-01-01T10:00:00.000Z" }),
    );
    expect(within(line(1)).getByLabelText("Description")).toHaveValue("Bread");
    expect(screen.getByText("Unsaved changes")).toBeVisible();
  });

  it("says when changes are unsaved, warns before leaving, and is clean again after a save", async () => {
    const { user, save } = setup({
      initial: {
        ...newEditorValues({ vatRate: "2000", language: "en", unit: "piece", clientId: "c1", clientName: "Acme SAS" }),
        lines: [
          {
            ...newEditorValues({ vatRate: "2000", language: "en", unit: "piece" }).lines[0]!,
            description: "Audit",
            unitPrice: "100",
          },
        ],
      },
    });
    expect(screen.queryByText("Unsaved changes")).not.toBeInTheDocument();
    expect(fireBeforeUnload()).toBe(false);

    await user.type(screen.getByLabelText("Subject (optional)"), "March");
    expect(screen.getByText("Unsaved changes")).toBeVisible();
    expect(fireBeforeUnload()).toBe(true);

    // Following a link asks first; refusing stays on the page.
    const confirm = jest.spyOn(window, "confirm").mockReturnValue(false);
    const clicked = jest.fn();
    const cancel = screen.getByRole("link", { name: "Cancel" });
    cancel.addEventListener("click", clicked);
    await user.click(cancel);
    expect(confirm).toHaveBeenCalledWith(en.documentEditor.leaveConfirm);
    expect(clicked).not.toHaveBeenCalled();
    confirm.mockRestore();

    // Typing it back to the saved value is not a change.
    await user.clear(screen.getByLabelText("Subject (optional)"));
    expect(screen.queryByText("Unsaved changes")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Subject (optional)"), "April");
    await user.keyboard("{Control>}s{/Control}");
    expect(save).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "Save draft" })).toBeEnabled();
    expect(toast.success).toHaveBeenCalledWith(en.documentEditor.saved);
    expect(screen.queryByText("Unsaved changes")).not.toBeInTheDocument();
    expect(fireBeforeUnload()).toBe(false);
  });

  it("prefills a line from the catalogue, with the keyboard", async () => {
    const { user } = setup();
    const picker = within(line(1)).getByRole("combobox", { name: "Catalogue article" });
    await user.type(picker, "aud");
    expect(await screen.findByRole("option", { name: /AUD — Audit/ })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowDown}{Enter}");
    const group = within(line(1));
    expect(picker).toHaveValue("AUD — Audit");
    expect(group.getByLabelText("Description")).toHaveValue("Audit");
    expect(group.getByLabelText("Unit")).toHaveValue(en.articleUnits.day);
    expect(group.getByLabelText("Unit price excl. VAT")).toHaveValue("1000.00");
    expect(group.getByLabelText("VAT")).toHaveValue("2000");
    expect(screen.getByTestId("total-incl-vat")).toHaveTextContent(money(120_000));
  });

  it("hides the VAT rate under VAT franchise, shows the mention and charges no VAT", async () => {
    const { user } = setup({ vatExempt: true });
    await fillLine(user, 1, { description: "Audit", quantity: "1", unitPrice: "1000" });
    expect(within(line(1)).queryByLabelText("VAT")).not.toBeInTheDocument();
    expect(screen.queryByTestId("total-vat")).not.toBeInTheDocument();
    expect(screen.getByTestId("total-incl-vat")).toHaveTextContent(money(100_000));
    expect(screen.getAllByText(/art\. 293 B/).length).toBeGreaterThan(0);
  });
});

describe("DocumentEditor: a line's row and its details", () => {
  beforeEach(() => jest.clearAllMocks());

  const twoLines = (first: string, second: string): EditorValues => {
    const blank = newEditorValues({ vatRate: "2000", language: "en", unit: "piece" }).lines[0]!;
    return {
      ...newEditorValues({ vatRate: "2000", language: "en", unit: "piece", clientId: "c1", clientName: "Acme SAS" }),
      lines: [
        { ...blank, key: "a", description: first, unitPrice: "100" },
        { ...blank, key: "b", description: second, unitPrice: "50" },
      ],
    };
  };
  const toggle = (n: number) => within(line(n)).getByRole("button", { name: `Details of line ${n}` });

  it("walks the row left to right with Tab: article, description, quantity, unit, price, VAT, discount, details", async () => {
    const { user } = setup();
    act(() => within(line(1)).getByRole("combobox", { name: "Catalogue article" }).focus());
    const order: (string | null)[] = [];
    for (let step = 0; step < 7; step += 1) {
      await user.tab();
      const focused = document.activeElement as HTMLElement;
      order.push(focused.getAttribute("aria-label") ?? (focused as HTMLInputElement).labels?.[0]?.textContent ?? null);
    }
    expect(order).toEqual([
      "Description",
      "Quantity",
      "Unit",
      "Unit price excl. VAT",
      "VAT",
      "Discount",
      "Details of line 1",
    ]);
    // The folded fields are out of the way (and out of the Tab order) until the details open.
    expect(toggle(1)).toHaveAttribute("aria-expanded", "false");
    await user.tab();
    expect(screen.getByRole("button", { name: "Add a line" })).toHaveFocus();
  });

  it("folds the details out and back with the keyboard; the long description joins the line's text", async () => {
    const { user, save } = setup({ initial: twoLines("Audit", "Support") });
    expect(within(line(1)).queryByRole("textbox", { name: "Long description" })).toBeNull();
    act(() => toggle(1).focus());
    await user.keyboard("{Enter}");
    expect(toggle(1)).toHaveAttribute("aria-expanded", "true");
    const details = document.getElementById(toggle(1).getAttribute("aria-controls")!)!;
    expect(details).toBeVisible();
    expect(within(details).getByRole("combobox", { name: "Type" })).toHaveValue("SERVICE");
    // The next Tab enters what the button showed.
    await user.tab();
    expect(within(details).getByRole("textbox", { name: "Long description" })).toHaveFocus();
    await user.keyboard("Two days on site{Enter}with the team");
    // Changing the designation keeps the long description.
    await user.clear(within(line(1)).getByLabelText("Description"));
    await user.type(within(line(1)).getByLabelText("Description"), "Security audit");
    act(() => toggle(1).focus());
    await user.keyboard(" ");
    expect(toggle(1)).toHaveAttribute("aria-expanded", "false");
    expect(details).not.toBeVisible();
    // Line 2's details were never opened.
    expect(toggle(2)).toHaveAttribute("aria-expanded", "false");

    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]).toEqual([
      expect.objectContaining({
        values: expect.objectContaining({
          lines: [
            expect.objectContaining({ description: "Security audit\nTwo days on site\nwith the team" }),
            expect.objectContaining({ description: "Support" }),
          ],
        }),
      }),
    ]);
  });

  it("opens a line's details by itself when they hold a long description or an error", async () => {
    const save = jest.fn(async (): Promise<SaveDocumentResult> => ({
      status: "error",
      fieldErrors: { "lines.1.kind": ["required"] },
      formError: { code: "invalid_input" },
    }));
    const { user } = setup({ save, initial: twoLines("Audit\nOn site, two days", "Support") });
    expect(toggle(1)).toHaveAttribute("aria-expanded", "true");
    expect(within(line(1)).getByLabelText("Description")).toHaveValue("Audit");
    expect(within(line(1)).getByRole("textbox", { name: "Long description" })).toHaveValue("On site, two days");
    expect(toggle(2)).toHaveAttribute("aria-expanded", "false");

    await user.click(screen.getByRole("button", { name: "Save draft" }));
    await screen.findByRole("alert");
    expect(toggle(2)).toHaveAttribute("aria-expanded", "true");
    const kind = within(line(2)).getByRole("combobox", { name: "Type" });
    expect(kind).toHaveAccessibleDescription(en.validation.required);
    // The first invalid field gets the focus, folded or not.
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(kind).toHaveFocus();
  });
});

function descriptions(): string[] {
  return screen
    .getAllByRole("group", { name: /^Line \d$/ })
    .map((group) => (within(group).getByLabelText("Description") as HTMLTextAreaElement).value);
}

/** Whether a beforeunload event would make the browser ask (the page called preventDefault). */
function fireBeforeUnload(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}
