import { db } from "@/lib/db/prisma";
import { getNumberingFormats } from "@/lib/organization-settings/get-numbering-formats";
import { defaultNumberingFormats } from "@/lib/organization-settings/numbering";
import { updateNumberingFormats } from "@/lib/organization-settings/update-numbering-formats";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

const formats = (overrides: Partial<typeof defaultNumberingFormats> = {}) => ({
  ...defaultNumberingFormats,
  ...overrides,
});

describe("numbering formats", () => {
  it("defaults to F / AV / D / AC with the year, 5 digits, yearly reset", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    const ctx = await actingAs(user.id, organization.id, "organization.read");
    expect(await getNumberingFormats(ctx)).toEqual({
      INVOICE: { prefix: "F", includeYear: true, padding: 5, yearlyReset: true },
      CREDIT_NOTE: { prefix: "AV", includeYear: true, padding: 5, yearlyReset: true },
      QUOTE: { prefix: "D", includeYear: true, padding: 5, yearlyReset: true },
      DEPOSIT_INVOICE: { prefix: "AC", includeYear: true, padding: 5, yearlyReset: true },
    });
  });

  it("saves all four, reads them back, audits only the changed types", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    const ctx = await actingAs(user.id, organization.id, "organization.update");
    const input = formats({ INVOICE: { prefix: "fac", includeYear: true, padding: 6, yearlyReset: true } });
    await updateNumberingFormats(ctx, input, testMeta());
    expect((await getNumberingFormats(ctx)).INVOICE).toEqual({
      prefix: "FAC",
      includeYear: true,
      padding: 6,
      yearlyReset: true,
    });
    expect(await db.numberingFormat.count({ where: { organizationId: organization.id } })).toBe(4);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "organization.numbering_updated" },
    });
    expect(audit.metadata).toMatchObject({ changed: ["INVOICE"], after: { INVOICE: { prefix: "FAC", padding: 6 } } });
  });

  it("refuses bad formats with field errors keyed like the form, and writes nothing", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    const ctx = await actingAs(user.id, organization.id, "organization.update");
    const error = await expectAppError(
      updateNumberingFormats(
        ctx,
        formats({
          INVOICE: { prefix: "F/26", includeYear: true, padding: 9, yearlyReset: true },
          QUOTE: { prefix: "AV", includeYear: false, padding: 5, yearlyReset: true },
        }),
        testMeta(),
      ),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({
      "INVOICE.prefix": ["numbering_prefix_chars"],
      "INVOICE.padding": ["numbering_padding_range"],
      "QUOTE.yearlyReset": ["numbering_reset_needs_year"],
      "QUOTE.prefix": ["numbering_prefix_duplicate"],
    });
    expect(await db.numberingFormat.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it.each(["MEMBER", "ACCOUNTANT"] as const)("%s can read but not update", async (role) => {
    const { organization } = await createOrganizationWithMember("OWNER");
    const { user } = await addMember(organization.id, role);
    const ctx = await actingAs(user.id, organization.id, "organization.read");
    expect((await getNumberingFormats(ctx)).INVOICE.prefix).toBe("F");
    await expectAppError(updateNumberingFormats(ctx, formats(), testMeta()), "forbidden");
    expect(await db.numberingFormat.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});
