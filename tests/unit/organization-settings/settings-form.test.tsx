import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pickFormMessages } from "@/app/(app)/settings/organization/form-messages";
import { LogoForm } from "@/app/(app)/settings/organization/logo-form";
import { NumberingForm } from "@/app/(app)/settings/organization/numbering-form";
import { settingsSelectOptions } from "@/app/(app)/settings/organization/select-options";
import { SettingsForm } from "@/app/(app)/settings/organization/settings-form";
import type { FormState } from "@/app/_shared/form-state";
import { en } from "@/lib/i18n/messages/en";
import { defaultNumberingFormats } from "@/lib/organization-settings/numbering";

const messages = pickFormMessages(en);
const options = settingsSelectOptions("en", en);
const t = en.settings.organization;

const initial: Record<string, string> = {
  legalName: "Atelier Lumière SAS",
  legalForm: "SAS",
  shareCapital: "10000",
  addressLine1: "12 rue des Lilas",
  postalCode: "75011",
  city: "Paris",
  country: "FR",
  siren: "",
  vatNumber: "",
  vatRegime: "NORMAL",
  defaultVatRateBps: "2000",
  paymentTermsDays: "30",
  quoteValidityDays: "30",
  latePenaltyText: "Late penalties: three times the legal rate.",
  earlyPaymentDiscountText: "No discount for early payment.",
  defaultLanguage: "en",
  currency: "EUR",
  b2bRecoveryIndemnity: "on",
};

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

function renderSettingsForm(
  action = jest.fn<ReturnType<Action>, Parameters<Action>>(async () => ({ status: "success" })),
) {
  render(<SettingsForm initial={initial} options={options} messages={messages} action={action} />);
  return action;
}

describe("SettingsForm", () => {
  it("labels every section and shows a field's error once it is left (server schema in the browser)", async () => {
    const user = userEvent.setup();
    renderSettingsForm();
    for (const legend of Object.values(t.sections))
      expect(screen.getByRole("group", { name: legend })).toBeInTheDocument();
    const siren = screen.getByLabelText(t.fields.siren);
    await user.type(siren, "732829321");
    expect(screen.queryByText(en.settings.validation.siren_invalid)).not.toBeInTheDocument();
    await user.tab();
    expect(await screen.findByText(en.settings.validation.siren_invalid)).toBeInTheDocument();
    expect(siren).toHaveAttribute("aria-invalid", "true");
    await user.clear(siren);
    await user.type(siren, "732829320");
    expect(screen.queryByText(en.settings.validation.siren_invalid)).not.toBeInTheDocument();
  });

  it("does not send an invalid form: every error shown, focus on the first invalid field", async () => {
    const user = userEvent.setup();
    const action = renderSettingsForm();
    await user.clear(screen.getByLabelText(t.fields.legalName));
    await user.type(screen.getByLabelText(t.fields.iban), "FR76 3000 6000 0112 3456 7890 188");
    await user.click(screen.getByRole("button", { name: t.save }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByLabelText(t.fields.legalName)).toHaveFocus();
    expect(screen.getByText(en.validation.required)).toBeInTheDocument();
    expect(screen.getByText(en.settings.validation.iban_invalid)).toBeInTheDocument();
    expect(screen.getByText(t.fixErrors)).toBeInTheDocument();
  });

  it("computes the VAT number from the SIREN and announces it", async () => {
    const user = userEvent.setup();
    renderSettingsForm();
    await user.click(screen.getByRole("button", { name: t.computeVat }));
    expect(screen.getByText(t.computeVatNeedsSiren)).toBeInTheDocument();
    await user.type(screen.getByLabelText(t.fields.siren), "732 829 320");
    await user.click(screen.getByRole("button", { name: t.computeVat }));
    expect(screen.getByLabelText(t.fields.vatNumber)).toHaveValue("FR44732829320");
    expect(screen.getByText("VAT number computed: FR44732829320.")).toBeInTheDocument();
  });

  it("franchise: 0 % shown and not editable, the art. 293 B mention in the preview", async () => {
    const user = userEvent.setup();
    renderSettingsForm();
    const preview = screen.getByTestId("mentions-preview");
    expect(within(preview).queryByText(/293 B/)).not.toBeInTheDocument();
    expect(within(preview).getByText(/€40/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(t.fields.vatRegime), "FRANCHISE");
    const rate = screen.getByLabelText(t.fields.defaultVatRateBps);
    expect(rate).toBeDisabled();
    expect(rate).toHaveValue("0");
    expect(screen.getByText(t.franchiseNote)).toBeInTheDocument();
    expect(within(preview).getByText(/293 B/)).toBeInTheDocument();
  });

  it("asks for the free-text legal form and marks the capital as required only for companies", async () => {
    const user = userEvent.setup();
    renderSettingsForm();
    expect(screen.getByLabelText(t.fields.shareCapitalRequired)).toBeRequired();
    await user.selectOptions(screen.getByLabelText(t.fields.legalForm), "OTHER");
    expect(screen.getByLabelText(t.fields.legalFormOther)).toBeInTheDocument();
    expect(screen.getByLabelText(t.fields.shareCapital)).not.toBeRequired();
  });

  it("takes the professional insurance: printed in the preview by documentMentions, sent with the form", async () => {
    const user = userEvent.setup();
    const action = renderSettingsForm();
    const insurance = within(screen.getByRole("group", { name: t.sections.insurance }));
    await user.type(insurance.getByLabelText(t.fields.insurerName), "Mutuelle du Bâtiment");
    await user.type(insurance.getByLabelText(t.fields.insurancePolicyNumber), "DEC-2026-118");
    await user.type(insurance.getByLabelText(t.fields.insuranceCoverage), "Mainland France");
    const preview = screen.getByTestId("mentions-preview");
    expect(
      within(preview).getByText(
        "Professional insurance: Mutuelle du Bâtiment, policy no. DEC-2026-118, geographic coverage: Mainland France",
      ),
    ).toBeInTheDocument();
    // The sample invoice's payment conditions come from the same function.
    expect(within(preview).getByText("Payment terms: Payment within 30 days")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: t.save }));
    expect(action).toHaveBeenCalledTimes(1);
    const sent = Object.fromEntries(action.mock.calls[0]![1].entries());
    expect(sent).toMatchObject({
      insurerName: "Mutuelle du Bâtiment",
      insurancePolicyNumber: "DEC-2026-118",
      insuranceCoverage: "Mainland France",
    });
  });

  it("refuses a policy without its insurer and an overlong insurer, on the fields", async () => {
    const user = userEvent.setup();
    const action = renderSettingsForm();
    const insurance = within(screen.getByRole("group", { name: t.sections.insurance }));
    await user.type(insurance.getByLabelText(t.fields.insurancePolicyNumber), "DEC-2026-118");
    await user.click(screen.getByRole("button", { name: t.save }));
    expect(action).not.toHaveBeenCalled();
    expect(insurance.getByLabelText(t.fields.insurerName)).toHaveAccessibleDescription(
      expect.stringContaining(en.settings.validation.insurer_required),
    );
    expect(insurance.getByLabelText(t.fields.insurerName)).toHaveFocus();
    // No insurer: nothing about insurance is printed.
    expect(within(screen.getByTestId("mentions-preview")).queryByText(/Professional insurance/)).toBeNull();

    // The field stops at 200 characters; longer text (pasted past maxLength by a script) is refused too.
    expect(insurance.getByLabelText(t.fields.insurerName)).toHaveAttribute("maxLength", "200");
    fireEvent.change(insurance.getByLabelText(t.fields.insurerName), { target: { value: "x".repeat(201) } });
    fireEvent.blur(insurance.getByLabelText(t.fields.insurerName));
    expect(insurance.getByLabelText(t.fields.insurerName)).toHaveAccessibleDescription(
      expect.stringContaining(en.validation.too_long),
    );
    await user.clear(insurance.getByLabelText(t.fields.insurerName));
    await user.type(insurance.getByLabelText(t.fields.insurerName), "AXA");
    await user.click(screen.getByRole("button", { name: t.save }));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("shows what the server refused, keeping the values typed", async () => {
    const user = userEvent.setup();
    const action = jest.fn(async (_previous: FormState, formData: FormData): Promise<FormState> => ({
      status: "error",
      fieldErrors: { city: ["too_long"] },
      formError: { code: "invalid_input" },
      values: { ...initial, city: String(formData.get("city")) },
    }));
    renderSettingsForm(action);
    await user.clear(screen.getByLabelText(t.fields.city));
    await user.type(screen.getByLabelText(t.fields.city), "Lyon");
    await user.click(screen.getByRole("button", { name: t.save }));
    expect(action).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(en.validation.too_long)).toBeInTheDocument();
    expect(screen.getByLabelText(t.fields.city)).toHaveValue("Lyon");
  });
});

describe("NumberingForm", () => {
  it("previews the first number live and refuses a yearly reset without the year", async () => {
    const user = userEvent.setup();
    const action = jest.fn(async (): Promise<FormState> => ({ status: "success" }));
    render(<NumberingForm formats={defaultNumberingFormats} year={2026} messages={messages} action={action} />);
    const invoices = screen.getByRole("group", { name: en.settings.numbering.documentTypes.INVOICE });
    expect(within(invoices).getByText("F-2026-00001")).toBeInTheDocument();
    const prefix = within(invoices).getByLabelText(en.settings.numbering.prefix);
    await user.clear(prefix);
    await user.type(prefix, "FAC");
    await user.selectOptions(within(invoices).getByLabelText(en.settings.numbering.padding), "3");
    expect(within(invoices).getByText("FAC-2026-001")).toBeInTheDocument();

    await user.click(within(invoices).getByLabelText(en.settings.numbering.includeYear));
    await user.click(screen.getByRole("button", { name: en.settings.numbering.save }));
    expect(action).not.toHaveBeenCalled();
    expect(within(invoices).getByText(en.settings.validation.numbering_reset_needs_year)).toBeInTheDocument();
  });
});

describe("LogoForm", () => {
  it("refuses a file over 1 MB before sending it", async () => {
    const uploadAction = jest.fn(async (): Promise<FormState> => ({ status: "success" }));
    render(
      <LogoForm
        logo={null}
        organizationName="Atelier"
        messages={messages}
        canEdit
        uploadAction={uploadAction}
        removeAction={jest.fn(async (): Promise<FormState> => ({ status: "success" }))}
      />,
    );
    expect(screen.getByText(en.settings.logo.none)).toBeInTheDocument();
    const input = screen.getByLabelText(en.settings.logo.file);
    const big = new File([new Uint8Array(1_100_000)], "logo.png", { type: "image/png" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [big] } });
    });
    expect(screen.getByText(en.settings.validation.logo_too_large)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: en.settings.logo.upload }));
    expect(uploadAction).not.toHaveBeenCalled();
  });

  it("shows the current logo from the versioned route, and nothing to edit when read-only", () => {
    render(
      <LogoForm
        logo={{ version: "abc123", width: 300, height: 100, byteSize: 1234 }}
        organizationName="Atelier"
        messages={messages}
        canEdit={false}
        uploadAction={jest.fn()}
        removeAction={jest.fn()}
      />,
    );
    expect(screen.getByRole("img", { name: "Logo of Atelier" })).toHaveAttribute(
      "src",
      "/api/organizations/logo?v=abc123",
    );
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });
});
