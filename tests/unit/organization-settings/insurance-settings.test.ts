import { organizationSettingsInput } from "@/lib/organization-settings/organization-settings-schema";
import { settingsRowData, settingsView } from "@/lib/organization-settings/organization-settings-view";
import { settingsFormValues } from "@/lib/organization-settings/settings-form-values";

// The professional insurance of the settings: optional, bounded, never a policy without its
// insurer; stored in the row's columns and given back to the form as typed.

const base = {
  legalName: "Atelier Lumière SAS",
  addressLine1: "12 rue des Lilas",
  postalCode: "75011",
  city: "Paris",
  country: "FR",
  vatRegime: "NORMAL",
  defaultVatRateBps: "2000",
  paymentTermsDays: "30",
  quoteValidityDays: "30",
};

const errorsOf = (input: Record<string, string>) => {
  const result = organizationSettingsInput.safeParse({ ...base, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("professional insurance settings", () => {
  it("is optional: blank fields are null", () => {
    const parsed = organizationSettingsInput.parse({ ...base, insurerName: " ", insurancePolicyNumber: "" });
    expect(parsed).toMatchObject({ insurerName: null, insurancePolicyNumber: null, insuranceCoverage: null });
  });

  it("keeps the three fields trimmed, into the row's columns and back to the form", () => {
    const parsed = organizationSettingsInput.parse({
      ...base,
      insurerName: "  Mutuelle du Bâtiment ",
      insurancePolicyNumber: "DEC-118",
      insuranceCoverage: "France métropolitaine",
    });
    const row = settingsRowData(parsed);
    expect(row).toMatchObject({
      insurerName: "Mutuelle du Bâtiment",
      insurancePolicyNumber: "DEC-118",
      insuranceCoverage: "France métropolitaine",
    });
    const stored = { ...row, organizationId: "o", logo: null } as unknown as Parameters<typeof settingsView>[0];
    const view = settingsView(stored, "Atelier");
    expect(settingsFormValues(view, "fr")).toMatchObject({
      insurerName: "Mutuelle du Bâtiment",
      insurancePolicyNumber: "DEC-118",
      insuranceCoverage: "France métropolitaine",
    });
  });

  it("refuses a policy or a coverage without the insurer, and overlong texts", () => {
    expect(errorsOf({ insurancePolicyNumber: "DEC-118" })).toEqual({ insurerName: "insurer_required" });
    expect(errorsOf({ insuranceCoverage: "France" })).toEqual({ insurerName: "insurer_required" });
    expect(errorsOf({ insurerName: "x".repeat(201) })).toEqual({ insurerName: "too_long" });
    expect(errorsOf({ insurerName: "AXA", insurancePolicyNumber: "9".repeat(101) })).toEqual({
      insurancePolicyNumber: "too_long",
    });
    expect(errorsOf({ insurerName: "AXA", insuranceCoverage: "y".repeat(201) })).toEqual({
      insuranceCoverage: "too_long",
    });
  });
});
