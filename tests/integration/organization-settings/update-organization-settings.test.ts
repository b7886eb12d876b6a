import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { defaultPaymentTexts } from "@/lib/organization-settings/document-mentions";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";
import { updateOrganizationSettings } from "@/lib/organization-settings/update-organization-settings";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { settingsSnapshot, validSettingsForm } from "./settings-fixtures";

async function ownerContext() {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  const ctx = await actingAs(user.id, organization.id, "organization.update");
  return { organization, user, ctx };
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await expectAppError(promise, "invalid_input");
  return (error as AppError).details.fieldErrors ?? {};
}

describe("organization settings: get and update", () => {
  it("gives defaults before the first save (organization name as legal name, French texts)", async () => {
    const { organization, ctx } = await ownerContext();
    const view = await getOrganizationSettings(ctx);
    expect(view).toMatchObject({
      saved: false,
      legalName: organization.name,
      country: "FR",
      vatRegime: "NORMAL",
      defaultVatRateBps: 2000,
      paymentTermsDays: 30,
      paymentTermsEndOfMonth: false,
      b2bRecoveryIndemnity: true,
      quoteValidityDays: 30,
      defaultLanguage: "fr",
      currency: "EUR",
      latePenaltyText: defaultPaymentTexts.fr.latePenalty,
      earlyPaymentDiscountText: defaultPaymentTexts.fr.earlyPaymentDiscount,
      logo: null,
    });
    expect(await db.organizationSettings.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("round-trips a full form: normalized identifiers, cents, checkboxes, audit of changed fields", async () => {
    const { organization, user, ctx } = await ownerContext();
    const saved = await updateOrganizationSettings(ctx, validSettingsForm(), testMeta());
    const read = await getOrganizationSettings(ctx);
    expect(read).toEqual(saved);
    expect(read).toMatchObject({
      saved: true,
      legalName: "Atelier Lumière SAS",
      legalForm: "SAS",
      legalFormOther: null,
      shareCapitalCents: 1_000_050,
      siren: "732829320",
      siret: "73282932000074",
      vatNumber: "FR44732829320",
      email: "compta@atelier-lumiere.example",
      website: "https://atelier-lumiere.example/",
      iban: "FR7630006000011234567890189",
      bic: "BNPAFRPP",
      vatOnDebits: true,
      paymentTermsDays: 45,
      paymentTermsEndOfMonth: true,
      quoteValidityDays: 60,
      rmNumber: null,
    });
    // Plain data only: nothing a client component could not receive.
    expect(typeof read.shareCapitalCents).toBe("number");
    const row = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId: organization.id } });
    expect(row.shareCapitalCents).toBe(1_000_050n);
    expect(row.latePenaltyText).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "organization.settings_updated" },
    });
    expect(audit.actorId).toBe(user.id);
    expect(audit.metadata).toMatchObject({ created: true });
    expect(JSON.stringify(audit.metadata)).not.toContain("FR7630006000011234567890189");

    await updateOrganizationSettings(ctx, validSettingsForm({ city: "Lyon", postalCode: "69001" }), testMeta());
    const second = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "organization.settings_updated" },
      orderBy: { createdAt: "desc" },
    });
    expect(second.metadata).toEqual({ changed: ["postalCode", "city"], created: false });
  });

  it("franchise forces a 0 % default rate and no VAT on debits; other legal forms keep their text", async () => {
    const { ctx } = await ownerContext();
    const view = await updateOrganizationSettings(
      ctx,
      validSettingsForm({
        legalForm: "OTHER",
        legalFormOther: "SCOP",
        shareCapital: "",
        vatRegime: "FRANCHISE",
        defaultVatRateBps: "2000",
        vatOnDebits: "on",
        defaultLanguage: "en",
      }),
      testMeta(),
    );
    expect(view).toMatchObject({
      legalForm: "OTHER",
      legalFormOther: "SCOP",
      shareCapitalCents: null,
      vatRegime: "FRANCHISE",
      defaultVatRateBps: 0,
      vatOnDebits: false,
      latePenaltyText: defaultPaymentTexts.en.latePenalty,
    });
  });

  it("takes France, EUR, French and the normal VAT regime when those selects are blank", async () => {
    const { ctx } = await ownerContext();
    const view = await updateOrganizationSettings(
      ctx,
      validSettingsForm({ country: "", currency: undefined, defaultLanguage: "", vatRegime: undefined }),
      testMeta(),
    );
    expect(view).toMatchObject({ country: "FR", currency: "EUR", defaultLanguage: "fr", vatRegime: "NORMAL" });
  });

  it("keeps custom payment texts, and an EI needs no share capital", async () => {
    const { ctx } = await ownerContext();
    const view = await updateOrganizationSettings(
      ctx,
      validSettingsForm({
        legalForm: "EI",
        shareCapital: "",
        latePenaltyText: "Pénalités : 15 % par an.",
        paymentTermsEndOfMonth: undefined,
      }),
      testMeta(),
    );
    expect(view).toMatchObject({
      legalForm: "EI",
      latePenaltyText: "Pénalités : 15 % par an.",
      paymentTermsEndOfMonth: false,
    });
  });

  it.each([
    [{ siren: "732829321" }, { siren: ["siren_invalid"] }],
    [{ siret: "73282932000075" }, { siret: ["siret_invalid"] }],
    [{ siret: "55210055400013" }, { siret: ["siret_siren_mismatch"] }],
    [{ vatNumber: "FR45732829320" }, { vatNumber: ["vat_number_invalid"] }],
    [{ vatNumber: "FR40303265045" }, { vatNumber: ["vat_number_siren_mismatch"] }],
    [{ iban: "FR76 3000 6000 0112 3456 7890 188" }, { iban: ["iban_invalid"] }],
    [{ bic: "BNPA" }, { bic: ["bic_invalid"] }],
    [{ postalCode: "7501" }, { postalCode: ["postal_code_fr"] }],
    [{ shareCapital: "" }, { shareCapital: ["share_capital_required"] }],
    [{ shareCapital: "1,234" }, { shareCapital: ["money_decimals"] }],
    [{ legalForm: "OTHER", legalFormOther: "" }, { legalFormOther: ["required"] }],
    [{ defaultVatRateBps: "1960" }, { defaultVatRateBps: ["vat_rate_invalid"] }],
    [{ paymentTermsDays: "121" }, { paymentTermsDays: ["payment_terms_range"] }],
    [{ quoteValidityDays: "0" }, { quoteValidityDays: ["quote_validity_range"] }],
    [{ website: "javascript:alert(1)" }, { website: ["url_invalid"] }],
    [{ email: "not-an-email" }, { email: ["email_invalid"] }],
    [{ currency: "BTC" }, { currency: ["currency_invalid"] }],
    [
      { legalName: "  ", addressLine1: "", city: undefined },
      { legalName: ["required"], addressLine1: ["required"], city: ["required"] },
    ],
  ])("refuses %j with field errors and writes nothing", async (overrides, expected) => {
    const { organization, ctx } = await ownerContext();
    const before = await settingsSnapshot(organization.id);
    expect(await fieldErrorsOf(updateOrganizationSettings(ctx, validSettingsForm(overrides), testMeta()))).toEqual(
      expected,
    );
    expect(await settingsSnapshot(organization.id)).toEqual(before);
  });

  it("refuses huge strings without writing (and without choking)", async () => {
    const { organization, ctx } = await ownerContext();
    await updateOrganizationSettings(ctx, validSettingsForm(), testMeta());
    const before = await settingsSnapshot(organization.id);
    const huge = "x".repeat(1_000_000);
    const errors = await fieldErrorsOf(
      updateOrganizationSettings(
        ctx,
        validSettingsForm({
          legalName: huge,
          footerText: huge,
          siren: "7".repeat(100_000),
          iban: huge,
          shareCapital: huge,
        }),
        testMeta(),
      ),
    );
    expect(errors).toMatchObject({
      legalName: ["too_long"],
      footerText: ["too_long"],
      siren: ["too_long"],
      iban: ["too_long"],
      shareCapital: ["too_long"],
    });
    expect(await settingsSnapshot(organization.id)).toEqual(before);
  });

  it.each(["MEMBER", "ACCOUNTANT"] as const)(
    "%s can read but not update (FORBIDDEN, nothing written)",
    async (role) => {
      const { organization, ctx: ownerCtx } = await ownerContext();
      await updateOrganizationSettings(ownerCtx, validSettingsForm(), testMeta());
      const { user } = await addMember(organization.id, role);
      const readCtx = await actingAs(user.id, organization.id, "organization.read");
      expect((await getOrganizationSettings(readCtx)).legalName).toBe("Atelier Lumière SAS");

      const before = await settingsSnapshot(organization.id);
      const error = await expectAppError(
        updateOrganizationSettings(readCtx, validSettingsForm({ legalName: "Pirate" }), testMeta()),
        "forbidden",
      );
      expect(error.kind).toBe("FORBIDDEN");
      await expect(actingAs(user.id, organization.id, "organization.update")).rejects.toMatchObject({
        kind: "FORBIDDEN",
      });
      expect(await settingsSnapshot(organization.id)).toEqual(before);
    },
  );

  it("ADMIN can update", async () => {
    const { organization } = await ownerContext();
    const { user } = await addMember(organization.id, "ADMIN");
    const ctx = await actingAs(user.id, organization.id, "organization.update");
    await expect(updateOrganizationSettings(ctx, validSettingsForm(), testMeta())).resolves.toMatchObject({
      saved: true,
    });
  });
});
