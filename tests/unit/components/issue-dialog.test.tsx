import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  DocumentActions,
  type DocumentAction,
  type DocumentActionsProps,
} from "@/components/documents/document-actions";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

// The issue dialog of a draft invoice: the exchange rate of a document in another currency,
// and the server's "document_not_ready" refusal — each missing mention translated, with a link
// to where it is fixed (settings, the client, the document's lines). Nothing is numbered then.

jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});

const ok: DocumentAction = async () => ({ status: "success" });

function setup(
  document: Partial<DocumentActionsProps["document"]>,
  issue: jest.MockedFunction<DocumentAction>,
  catalogue: typeof en = en,
) {
  render(
    <DocumentActions
      document={{
        id: "d1",
        type: "INVOICE",
        displayStatus: "DRAFT",
        name: "Invoice (draft)",
        creditableCents: 0,
        currency: "EUR",
        clientId: "client-1",
        ...document,
      }}
      can={{ write: true, issue: true }}
      editHref="/invoices/d1/edit"
      locale={catalogue === en ? "en" : "fr"}
      actions={{
        deleteDraft: ok,
        duplicate: ok,
        issue,
        send: ok,
        accept: ok,
        decline: ok,
        convertToInvoice: ok,
        convertToDeposit: ok,
        createCreditNote: ok,
      }}
      messages={{
        documentActions: catalogue.documentActions,
        lists: catalogue.lists,
        common: catalogue.common,
        fieldTexts: { ...catalogue.validation, ...catalogue.quoteValidation, ...catalogue.documentValidation },
        errorTexts: { ...catalogue.paymentErrors, ...catalogue.quoteErrors, ...catalogue.documentErrors },
      }}
    />,
  );
  return userEvent.setup();
}

const issueMock = () =>
  jest.fn<ReturnType<DocumentAction>, Parameters<DocumentAction>>(async () => ({ status: "success" }));
const sent = (mock: jest.MockedFunction<DocumentAction>, call = 0) =>
  Object.fromEntries((mock.mock.calls[call]![1] as FormData).entries());

describe("Issue dialog", () => {
  it("asks a document in US dollars for its exchange rate, checks it, and sends it", async () => {
    const issue = issueMock();
    const user = setup({ currency: "USD" }, issue);
    await user.click(screen.getByRole("button", { name: "Issue" }));
    const dialog = within(screen.getByRole("dialog", { name: "Issue: Invoice (draft)?" }));
    const rate = dialog.getByRole("textbox", { name: "Exchange rate: value in euros of 1 USD" });
    expect(rate).toBeRequired();

    await user.click(dialog.getByRole("button", { name: "Issue" }));
    expect(issue).not.toHaveBeenCalled();
    expect(rate).toHaveAccessibleDescription(expect.stringContaining(en.documentValidation.exchange_rate_required));

    await user.type(rate, "0,92345678");
    await user.click(dialog.getByRole("button", { name: "Issue" }));
    expect(issue).not.toHaveBeenCalled();
    expect(rate).toHaveAccessibleDescription(expect.stringContaining(en.documentValidation.exchange_rate_invalid));

    await user.clear(rate);
    await user.type(rate, "0,9234");
    await user.click(dialog.getByRole("button", { name: "Issue" }));
    expect(issue).toHaveBeenCalledTimes(1);
    expect(sent(issue)).toEqual({ documentId: "d1", exchangeRate: "0,9234" });
  });

  it("a document in euros is issued without any rate", async () => {
    const issue = issueMock();
    const user = setup({}, issue);
    await user.click(screen.getByRole("button", { name: "Issue" }));
    const dialog = within(screen.getByRole("dialog"));
    expect(dialog.queryByRole("textbox")).toBeNull();
    await user.click(dialog.getByRole("button", { name: "Issue" }));
    expect(sent(issue)).toEqual({ documentId: "d1" });
  });

  it("shows a document_not_ready refusal: every missing mention translated, with where to fix it", async () => {
    const issue = issueMock();
    issue.mockResolvedValueOnce({
      status: "error",
      formError: { code: "document_not_ready", params: { clientId: "client-7" } },
      fieldErrors: {
        "seller.vatNumber": ["seller_vat_number_required"],
        "client.siren": ["client_siren_required"],
        "lines.1.vatExemptionCode": ["vat_reason_required"],
        "lines.2.vatCategory": ["vat_zero_needs_category"],
      },
    });
    const user = setup({}, issue);
    await user.click(screen.getByRole("button", { name: "Issue" }));
    const dialogElement = screen.getByRole("dialog");
    const dialog = within(dialogElement);
    await user.click(dialog.getByRole("button", { name: "Issue" }));

    // The dialog stays open with the refusal: nothing was numbered.
    expect(await dialog.findByRole("alert")).toHaveTextContent(en.documentErrors.document_not_ready);
    expect(dialogElement).toHaveAttribute("open");
    const list = within(dialog.getByRole("region", { name: "To complete before issuing" }));
    expect(list.getByText(en.documentValidation.seller_vat_number_required)).toBeInTheDocument();
    expect(list.getByText(en.documentValidation.client_siren_required)).toBeInTheDocument();
    expect(list.getByText(`Line 2: ${en.documentValidation.vat_reason_required}`)).toBeInTheDocument();
    expect(list.getByText(`Line 3: ${en.documentValidation.vat_zero_needs_category}`)).toBeInTheDocument();
    expect(list.getByRole("link", { name: "Open the organization settings" })).toHaveAttribute(
      "href",
      "/settings/organization",
    );
    // The client named by the refusal (details.clientId), to its edit page.
    expect(list.getByRole("link", { name: "Edit the client" })).toHaveAttribute("href", "/clients/client-7/edit");
    expect(list.getByRole("link", { name: "Edit the document's lines" })).toHaveAttribute("href", "/invoices/d1/edit");
  });

  it("in French: the exchange rate refused by the server shows on its field, the rest in the list", async () => {
    const issue = issueMock();
    issue.mockResolvedValueOnce({
      status: "error",
      formError: { code: "document_not_ready" },
      fieldErrors: { exchangeRate: ["exchange_rate_required"], "client.siren": ["client_siren_required"] },
      values: { documentId: "d1", exchangeRate: "" },
    });
    const user = setup({ currency: "CHF", name: "Facture (brouillon)" }, issue, fr as unknown as typeof en);
    await user.click(screen.getByRole("button", { name: "Émettre" }));
    const dialog = within(screen.getByRole("dialog", { name: "Émettre : Facture (brouillon) ?" }));
    await user.type(dialog.getByLabelText("Taux de change : valeur en euros de 1 CHF"), "1,05");
    await user.click(dialog.getByRole("button", { name: "Émettre" }));
    expect(await dialog.findByRole("alert")).toHaveTextContent(fr.documentErrors.document_not_ready);
    expect(dialog.getByLabelText("Taux de change : valeur en euros de 1 CHF")).toHaveAccessibleDescription(
      expect.stringContaining(fr.documentValidation.exchange_rate_required),
    );
    const list = within(dialog.getByRole("region", { name: "À compléter avant d'émettre" }));
    expect(list.getByText(fr.documentValidation.client_siren_required)).toBeInTheDocument();
    // Without details.clientId, the document's own client.
    expect(list.getByRole("link", { name: "Modifier la fiche du client" })).toHaveAttribute(
      "href",
      "/clients/client-1/edit",
    );
    expect(list.queryByText(fr.documentValidation.exchange_rate_required)).toBeNull();
  });
});

describe("issue refusal texts", () => {
  // Every code the issue can refuse with (check-issue-readiness, the VAT rule table, the
  // e-invoice's problems) is shown translated in the dialog: each has a French and an English text.
  const sources = [
    "lib/documents/check-issue-readiness.ts",
    "lib/vat/vat-categories.ts",
    "lib/facturx/einvoice-problems.ts",
  ];
  const codes = new Set<string>();
  for (const source of sources) {
    const text = readFileSync(join(process.cwd(), source), "utf8");
    for (const match of text.matchAll(/(?:\badd\([^,()]+,\s*|\bcode:\s*)"([a-z0-9_]+)"/g)) codes.add(match[1]!);
  }

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s has a text for each of them", (_locale, catalogue) => {
    expect(codes.size).toBeGreaterThan(25);
    const texts: Record<string, string> = { ...catalogue.validation, ...catalogue.documentValidation };
    expect([...codes].filter((code) => !texts[code])).toEqual([]);
    expect(catalogue.documentErrors.document_not_ready).toBeTruthy();
  });
});
