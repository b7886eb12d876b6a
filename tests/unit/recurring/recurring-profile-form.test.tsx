import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SaveDocumentResult } from "@/components/documents/document-editor";
import { newEditorValues, toRawInput } from "@/components/documents/editor-values";
import {
  RecurringProfileForm,
  type RecurringProfileFormProps,
  type SaveRecurringPayload,
} from "@/components/recurring/recurring-profile-form";
import {
  editorValuesOfTemplate,
  frequencyText,
  newProfileValues,
  ruleOfValues,
  validateProfile,
} from "@/components/recurring/recurring-values";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { recurringProfileInput, recurringTemplateOf } from "@/lib/recurring/recurring-profile-schema";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));
jest.mock("sonner", () => ({ toast: { success: jest.fn() } }));

const messages: RecurringProfileFormProps["messages"] = {
  documentEditor: en.documentEditor,
  articleKinds: en.articleKinds,
  articleUnits: en.articleUnits,
  // As app/(app)/recurring/recurring-texts.ts builds them.
  fieldTexts: { ...en.validation, ...en.quoteValidation, ...en.documentValidation, ...en.recurringValidation },
  errorTexts: { ...en.paymentErrors, ...en.quoteErrors, ...en.documentErrors, ...en.recurringErrors },
  recurringForm: en.recurringForm,
  recurringFrequency: en.recurringFrequency,
};

const clients = [{ id: "c1", name: "Acme SAS", detail: "Lyon" }];
const EMAILS: Record<string, string[]> = { c1: ["billing@acme.test", "boss@acme.test"] };

function setup(overrides: Partial<RecurringProfileFormProps> = {}) {
  const save = jest.fn<Promise<SaveDocumentResult>, [SaveRecurringPayload]>(async () => ({
    status: "success",
    documentId: "p1",
    updatedAt: "2027-01-01T00:00:00Z",
    href: "/recurring/p1",
  }));
  const props: RecurringProfileFormProps = {
    initialProfile: newProfileValues("2027-01-31"),
    initialContent: newEditorValues({ vatRate: "2000", language: "fr", unit: "piece" }),
    clientVat: null,
    clientEmails: null,
    vatExempt: false,
    defaultVatRate: "2000",
    defaultUnit: "piece",
    locale: "en",
    save,
    loadClientEmails: async (id) => EMAILS[id] ?? [],
    searchClients: (query) => clients.filter((client) => client.name.toLowerCase().includes(query.toLowerCase())),
    searchArticles: () => [],
    cancelHref: "/recurring",
    messages,
    ...overrides,
  };
  const user = userEvent.setup();
  render(<RecurringProfileForm {...props} />);
  return { user, save };
}

async function fillValidProfile(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole("combobox", { name: "Client" }), "Acme");
  await user.click(await screen.findByRole("option", { name: /Acme SAS/ }));
  await user.type(screen.getByLabelText("Name of the recurring invoice"), "Monthly maintenance");
  const line = within(screen.getByRole("group", { name: "Line 1" }));
  await user.type(line.getByLabelText("Description"), "Maintenance");
  await user.type(line.getByLabelText("Unit price excl. VAT"), "150.00");
}

const errorOf = (label: string) => {
  const field = screen.getByLabelText(label);
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ");
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
};

describe("RecurringProfileForm", () => {
  beforeEach(() => jest.clearAllMocks());

  it("shows the shared schema's field errors (N = 0, an end before the start) and saves nothing", async () => {
    const { user, save } = setup();
    await fillValidProfile(user);
    await user.clear(screen.getByLabelText("Interval"));
    await user.type(screen.getByLabelText("Interval"), "0");
    await user.click(screen.getByRole("radio", { name: "On a date" }));
    await user.type(screen.getByLabelText("End date"), "2027-01-30");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Interval")).toHaveAttribute("aria-invalid", "true");
    expect(errorOf("Interval")).toContain(en.recurringValidation.interval_range);
    expect(screen.getByLabelText("End date")).toHaveAttribute("aria-invalid", "true");
    expect(errorOf("End date")).toContain(en.recurringValidation.end_before_start);
    // Nothing typed is lost.
    expect(screen.getByLabelText("Name of the recurring invoice")).toHaveValue("Monthly maintenance");
    expect(within(screen.getByRole("group", { name: "Line 1" })).getByLabelText("Unit price excl. VAT")).toHaveValue(
      "150.00",
    );
  });

  it("sends the profile's fields and the editor's content (no dates), then shows the server's field errors", async () => {
    const { user, save } = setup();
    save.mockResolvedValueOnce({
      status: "error",
      fieldErrors: { recipients: ["recipient_not_client"], "recipients.0": ["recipient_not_client"] },
      formError: { code: "invalid_input" },
    });
    await fillValidProfile(user);
    await user.click(screen.getByLabelText("Email the invoice to the client"));
    // The client's addresses, loaded when it was chosen, all ticked.
    expect(screen.getByRole("checkbox", { name: "billing@acme.test" })).toBeChecked();
    await user.click(screen.getByRole("checkbox", { name: "boss@acme.test" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const { values } = save.mock.calls[0]![0];
    expect(values).toMatchObject({
      clientId: "c1",
      name: "Monthly maintenance",
      frequency: "MONTHLY",
      interval: "1",
      dayOfMonth: "31",
      lastDayOfMonth: false,
      startDate: "2027-01-31",
      endKind: "NEVER",
      mode: "ISSUE",
      autoSend: true,
      recipients: ["billing@acme.test"],
    });
    // The server's own schema accepts exactly what the form sends.
    expect(recurringProfileInput.safeParse(values).success).toBe(true);

    expect(await screen.findByText(en.recurringValidation.recipient_not_client)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(en.documentEditor.errorSummary);
    expect(screen.getByLabelText("Name of the recurring invoice")).toHaveValue("Monthly maintenance");
  });

  it("previews the next five dates as the calendar changes", async () => {
    const { user } = setup();
    const preview = screen.getByRole("region", { name: "Next dates" });
    // Monthly on the 31st from 31 January 2027: clamped to short months, never drifting.
    expect(
      within(preview)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["31 January 2027", "28 February 2027", "31 March 2027", "30 April 2027", "31 May 2027"]);
    await user.selectOptions(screen.getByLabelText("Frequency"), "QUARTERLY");
    await user.selectOptions(screen.getByLabelText("Day of the month"), "last");
    expect(
      within(preview)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["31 January 2027", "30 April 2027", "31 July 2027", "31 October 2027", "31 January 2028"]);
    await user.clear(screen.getByLabelText("Interval"));
    expect(within(preview).queryAllByRole("listitem")).toHaveLength(0);
    expect(preview).toHaveTextContent(en.recurringForm.previewEmpty);
  });
});

describe("recurring form values", () => {
  it("reports only the profile's own problems", () => {
    const errors = validateProfile({ ...newProfileValues("2027-03-10"), name: "", interval: "13" });
    expect(errors).toEqual({ name: ["required"], interval: ["interval_range"] });
    expect(validateProfile({ ...newProfileValues("2027-03-10"), name: "Rent" })).toEqual({});
  });

  it("has no calendar while it is incomplete", () => {
    const valid = { ...newProfileValues("2027-03-10"), name: "Rent" };
    expect(ruleOfValues(valid)).toMatchObject({ frequency: "MONTHLY", interval: 1, dayOfMonth: 10 });
    expect(ruleOfValues({ ...valid, interval: "" })).toBeNull();
    expect(ruleOfValues({ ...valid, endKind: "ON_DATE", endDate: "2027-03-09" })).toBeNull();
    expect(ruleOfValues({ ...valid, endKind: "AFTER_COUNT", endAfterCount: "0" })).toBeNull();
    expect(ruleOfValues({ ...valid, frequency: "WEEKLY", day: "" })).toMatchObject({ dayOfMonth: null });
  });

  it("says the frequency in words, in both languages", () => {
    expect(frequencyText({ frequency: "MONTHLY", interval: 1, dayOfMonth: 15 }, fr.recurringFrequency)).toBe(
      "Chaque mois, le 15",
    );
    expect(frequencyText({ frequency: "MONTHLY", interval: 2, lastDayOfMonth: true }, fr.recurringFrequency)).toBe(
      "Tous les 2 mois, le dernier jour du mois",
    );
    expect(frequencyText({ frequency: "WEEKLY", interval: 3, dayOfMonth: null }, en.recurringFrequency)).toBe(
      "Every 3 weeks",
    );
  });

  it("loads a stored template back into the editor as it was typed", () => {
    const content = newEditorValues({ vatRate: "2000", language: "en", unit: "piece" });
    content.lines[0] = { ...content.lines[0]!, description: "Hosting", unitPrice: "12,50", quantity: "3" };
    content.notes = "Thanks";
    content.discountKind = "PERCENT";
    content.discountValue = "5";
    const template = recurringTemplateOf(toRawInput(content, false));
    const loaded = editorValuesOfTemplate(
      { client: { id: "c1", name: "Acme" }, paymentTermsDays: 30, language: "en" },
      template,
      { linkedArticleLabel: "Linked", defaultVatRate: "2000", defaultUnit: "piece" },
    );
    expect(toRawInput({ ...loaded, issueDate: "" }, false)).toEqual({
      ...toRawInput(content, false),
      clientId: "c1",
      paymentTermsDays: "30",
    });
  });
});
