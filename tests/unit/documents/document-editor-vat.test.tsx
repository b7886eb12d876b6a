import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ArticleOption } from "@/components/documents/article-picker";
import {
  DocumentEditor,
  type ClientOption,
  type DocumentEditorProps,
  type SaveDocumentResult,
} from "@/components/documents/document-editor";
import { newEditorValues } from "@/components/documents/editor-values";
import { en } from "@/lib/i18n/messages/en";
import { formatMoney } from "@/lib/money/format-money";

// The lines' VAT category and exemption reason in the editor: the defaults of the rule table
// (lib/vat/vat-categories.ts) applied in the browser, the user's overrides, the field errors
// of documentInput on the line, and what is sent.

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn() }) }));
jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const messages: DocumentEditorProps["messages"] = {
  documentEditor: en.documentEditor,
  articleKinds: en.articleKinds,
  articleUnits: en.articleUnits,
  fieldTexts: { ...en.validation, ...en.quoteValidation, ...en.documentValidation },
  errorTexts: { ...en.paymentErrors, ...en.quoteErrors, ...en.documentErrors },
};

const clients: ClientOption[] = [
  { id: "fr", name: "Boulangerie Martin", detail: "Paris", vat: { country: "FR", kind: "COMPANY", vatNumber: null } },
  {
    id: "de",
    name: "Berliner Werkstatt GmbH",
    detail: "Berlin",
    vat: { country: "DE", kind: "COMPANY", vatNumber: "DE123456789" },
  },
  { id: "us", name: "Boston Makers Inc", detail: "Boston", vat: { country: "US", kind: "COMPANY", vatNumber: null } },
  { id: "usi", name: "Jane Doe (US)", detail: "Austin", vat: { country: "US", kind: "INDIVIDUAL", vatNumber: null } },
];

const article = (overrides: Partial<ArticleOption>): ArticleOption => ({
  id: "a1",
  name: "Audit",
  reference: null,
  description: null,
  unit: "day",
  unitPriceCents: 50_000,
  vatRateBps: 2000,
  kind: "SERVICE",
  ...overrides,
});

const articles: ArticleOption[] = [
  article({ id: "a1", name: "Audit", kind: "SERVICE" }),
  article({ id: "a2", name: "Oak table", kind: "GOODS", unit: "piece", unitPriceCents: 120_000 }),
  article({ id: "a3", name: "Medical consultation", kind: "SERVICE", vatRateBps: 0, unitPriceCents: 6_000 }),
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
    searchArticles: (query) => articles.filter((item) => item.name.toLowerCase().includes(query.toLowerCase())),
    cancelHref: "/invoices",
    messages,
    ...overrides,
  };
  render(<DocumentEditor {...props} />);
  return { user: userEvent.setup(), save };
}

type User = ReturnType<typeof userEvent.setup>;
const line = (n: number) => within(screen.getByRole("group", { name: `Line ${n}` }));
const vatSelect = (n: number) => line(n).getByRole("combobox", { name: "VAT" });
// The reason and the kind fold out behind the line's "Details" (closed unless they need the user).
const reasonSelect = (n: number) => line(n).queryByRole("combobox", { name: "Exemption reason" });
const kindSelect = (n: number) => line(n).getByRole("combobox", { name: "Type" });
const selected = (select: HTMLElement) => (select as HTMLSelectElement).selectedOptions[0]?.textContent;

async function openDetails(user: User, n: number) {
  const toggle = line(n).getByRole("button", { name: `Details of line ${n}` });
  if (toggle.getAttribute("aria-expanded") === "false") await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
}
async function pickClient(user: User, name: string) {
  await user.clear(screen.getByRole("combobox", { name: "Client" }));
  await user.type(screen.getByRole("combobox", { name: "Client" }), name.slice(0, 4));
  await user.click(await screen.findByRole("option", { name: new RegExp(name.replace(/[()]/g, "\\$&")) }));
}

async function pickArticle(user: User, n: number, name: string) {
  await user.type(line(n).getByRole("combobox", { name: "Catalogue article" }), name.slice(0, 4));
  await user.click(await screen.findByRole("option", { name: new RegExp(name) }));
}

async function fill(user: User, n: number, description: string, price: string) {
  await user.type(line(n).getByLabelText("Description"), description);
  await user.type(line(n).getByLabelText("Unit price excl. VAT"), price);
}

const sentLines = (save: jest.Mock) => (save.mock.calls[0]![0] as { values: { lines: unknown[] } }).values.lines;

describe("DocumentEditor: VAT categories and reasons", () => {
  it("offers the French rates, then the cases without VAT by their short name", async () => {
    const { user } = setup();
    const select = vatSelect(1);
    expect(select).toHaveValue("2000");
    const groups = within(select).getAllByRole("group");
    expect(groups.map((group) => group.getAttribute("label"))).toEqual(["VAT charged", "No VAT charged"]);
    expect(
      within(groups[0]!)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["20%", "10%", "5.5%", "2.1%"]);
    expect(
      within(groups[1]!)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Zero", "Exempt", "Rev. charge", "Intra-EU", "Export", "Out of scope"]);
    // Standard VAT needs no reason.
    await openDetails(user, 1);
    expect(reasonSelect(1)).toBeNull();
  });

  it("an EU business client with a VAT number: services are reverse charge (AE), goods intra-community (K), and that is sent", async () => {
    const { user, save } = setup();
    await fill(user, 1, "Consulting", "1000");
    await pickClient(user, "Berliner Werkstatt GmbH");
    expect(vatSelect(1)).toHaveValue("AE");
    expect(selected(vatSelect(1))).toBe("Rev. charge");
    // The usual reason of the category is set: the details stay folded until asked for.
    expect(reasonSelect(1)).toBeNull();
    await openDetails(user, 1);
    // Reverse charge has two reasons: the default one is chosen, the list holds only AE's.
    const reason = reasonSelect(1)!;
    expect(reason).toHaveValue("VATEX-EU-AE");
    expect(reason).toBeRequired();
    expect(
      within(reason)
        .getAllByRole("option")
        .map((option) => option.getAttribute("value")),
    ).toEqual(["VATEX-EU-AE", "VATEX-FR-AE"]);

    // A line made from a goods article: intra-community supply, its one reason preselected.
    await user.click(screen.getByRole("button", { name: "Add a line" }));
    await pickArticle(user, 2, "Oak table");
    expect(vatSelect(2)).toHaveValue("K");
    await openDetails(user, 2);
    expect(reasonSelect(2)).toHaveValue("VATEX-EU-IC");
    expect(within(reasonSelect(2)!).getAllByRole("option")).toHaveLength(1);

    // Switching a line still at its default to goods follows the rule table.
    await user.selectOptions(kindSelect(1), "GOODS");
    expect(vatSelect(1)).toHaveValue("K");
    await user.selectOptions(kindSelect(1), "SERVICE");
    expect(vatSelect(1)).toHaveValue("AE");

    // No VAT at all: the breakdown names the categories.
    const breakdown = within(screen.getByRole("table", { name: "VAT by category and rate" }));
    expect(breakdown.getByRole("row", { name: /^Reverse charge/ })).toHaveTextContent(
      `${formatMoney(100_000, "en")}${formatMoney(0, "en")}`,
    );
    expect(breakdown.getByRole("row", { name: /^Intra-community supply/ })).toBeInTheDocument();
    expect(screen.getByTestId("total-vat")).toHaveTextContent(formatMoney(0, "en"));

    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(sentLines(save)).toEqual([
      expect.objectContaining({ vatRate: "0", vatCategory: "AE", vatExemptionCode: "VATEX-EU-AE" }),
      expect.objectContaining({ vatRate: "0", vatCategory: "K", vatExemptionCode: "VATEX-EU-IC", kind: "GOODS" }),
    ]);
  });

  it("a client outside the EU: goods are exports (G), services to a business outside the scope (O), to an individual French VAT", async () => {
    const { user } = setup();
    await pickClient(user, "Boston Makers Inc");
    expect(vatSelect(1)).toHaveValue("O");
    await openDetails(user, 1);
    expect(reasonSelect(1)).toHaveValue("VATEX-EU-O");
    await user.selectOptions(kindSelect(1), "GOODS");
    expect(vatSelect(1)).toHaveValue("G");
    expect(reasonSelect(1)).toHaveValue("VATEX-EU-G");

    await pickClient(user, "Jane Doe (US)");
    // Goods to anyone outside the EU are exports; a service to an individual is taxed in France.
    expect(vatSelect(1)).toHaveValue("G");
    await user.selectOptions(kindSelect(1), "SERVICE");
    expect(vatSelect(1)).toHaveValue("2000");
    expect(reasonSelect(1)).toBeNull();
  });

  it("keeps a category chosen by the user when the client changes; lines at their default follow, keeping their rate", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Add a line" }));
    // Line 1 at the reduced rate (still standard VAT: its category follows the client), line 2
    // exempt for a reason of its own (an override).
    await user.selectOptions(vatSelect(1), "1000");
    await user.selectOptions(vatSelect(2), "E");
    await user.selectOptions(reasonSelect(2)!, "VATEX-FR-CGI261-4");
    await pickClient(user, "Berliner Werkstatt GmbH");
    expect(vatSelect(1)).toHaveValue("AE");
    expect(vatSelect(2)).toHaveValue("E");
    expect(reasonSelect(2)).toHaveValue("VATEX-FR-CGI261-4");
    // Back to a French client: line 1 goes back to the rate it had, line 2 stays exempt.
    await pickClient(user, "Boulangerie Martin");
    expect(vatSelect(1)).toHaveValue("1000");
    expect(vatSelect(2)).toHaveValue("E");
  });

  it("a 0 % line without its reason shows the field error on the line and sends nothing", async () => {
    const { user, save } = setup();
    await pickClient(user, "Boulangerie Martin");
    // An article at 0 % for a French client: exempt, but exempt why? Five reasons, none chosen.
    await pickArticle(user, 1, "Medical consultation");
    expect(vatSelect(1)).toHaveValue("E");
    const reason = reasonSelect(1)!;
    expect(reason).toHaveValue("");
    expect(within(reason).getAllByRole("option")).toHaveLength(6);

    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(en.documentEditor.errorSummary);
    expect(reasonSelect(1)).toHaveAttribute("aria-invalid", "true");
    expect(reasonSelect(1)).toHaveAccessibleDescription(en.documentValidation.vat_reason_required);

    await user.selectOptions(reasonSelect(1)!, "VATEX-FR-CGI261-4");
    expect(reasonSelect(1)).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(sentLines(save)).toEqual([
      expect.objectContaining({ vatRate: "0", vatCategory: "E", vatExemptionCode: "VATEX-FR-CGI261-4" }),
    ]);
  });

  it("a second line in a category takes the reason already chosen on the document", async () => {
    const { user } = setup();
    await user.selectOptions(vatSelect(1), "E");
    await user.selectOptions(reasonSelect(1)!, "VATEX-FR-CGI261C-1");
    await user.click(screen.getByRole("button", { name: "Add a line" }));
    await user.selectOptions(vatSelect(2), "E");
    expect(reasonSelect(2)).toHaveValue("VATEX-FR-CGI261C-1");
    // Choosing a rate again takes the reason away.
    await user.selectOptions(vatSelect(2), "550");
    expect(reasonSelect(2)).toBeNull();
  });

  it("shows the server's VAT field errors on the line they name", async () => {
    const save = jest.fn(async (): Promise<SaveDocumentResult> => ({
      status: "error",
      fieldErrors: {
        "lines.0.vatCategory": ["vat_zero_needs_category"],
        "lines.1.vatExemptionCode": ["vat_reason_conflict"],
      },
      formError: { code: "invalid_input" },
    }));
    const { user } = setup({ save });
    await pickClient(user, "Boulangerie Martin");
    await fill(user, 1, "Audit", "100");
    await user.click(screen.getByRole("button", { name: "Add a line" }));
    await fill(user, 2, "Care", "60");
    await user.selectOptions(vatSelect(2), "E");
    await user.selectOptions(reasonSelect(2)!, "VATEX-EU-132");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(
      await within(screen.getByRole("group", { name: "Line 1" })).findByText(
        en.documentValidation.vat_zero_needs_category,
      ),
    ).toBeInTheDocument();
    expect(vatSelect(1)).toHaveAccessibleDescription(en.documentValidation.vat_zero_needs_category);
    expect(reasonSelect(2)).toHaveAccessibleDescription(en.documentValidation.vat_reason_conflict);
  });

  it("under the VAT franchise: no VAT column, no reason, no category sent", async () => {
    const { user, save } = setup({ vatExempt: true });
    await pickClient(user, "Berliner Werkstatt GmbH");
    await fill(user, 1, "Consulting", "1000");
    expect(line(1).queryByRole("combobox", { name: "VAT" })).toBeNull();
    await openDetails(user, 1);
    expect(reasonSelect(1)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(sentLines(save)).toEqual([
      expect.objectContaining({ vatRate: "0", vatCategory: undefined, vatExemptionCode: undefined }),
    ]);
  });

  it("an editor opened on an EU client's draft applies that client's defaults to new lines", async () => {
    const { user } = setup({
      initial: newEditorValues({
        vatRate: "2000",
        language: "en",
        unit: "piece",
        clientId: "de",
        clientName: "Berliner Werkstatt GmbH",
        vat: { vatRegime: "NORMAL", client: clients[1]!.vat! },
      }),
      clientVat: clients[1]!.vat!,
    });
    expect(vatSelect(1)).toHaveValue("AE");
    await user.click(screen.getByRole("button", { name: "Add a line" }));
    expect(vatSelect(2)).toHaveValue("AE");
    await openDetails(user, 2);
    expect(reasonSelect(2)).toHaveValue("VATEX-EU-AE");
  });
});
