import { createClient, createClients } from "@/lib/clients/create-client";
import { updateClient } from "@/lib/clients/update-client";
import { db } from "@/lib/db/prisma";
import type { AppError } from "@/lib/errors/app-error";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import {
  addClient,
  clientOrganization,
  clientSnapshot,
  companyInput,
  personInput,
  VALID_SIREN,
} from "../../support/client-factories";

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await expectAppError(promise, "invalid_input");
  expect(error.kind).toBe("VALIDATION");
  return error.details.fieldErrors ?? {};
}

describe("client input validation (nothing is written on refusal)", () => {
  it.each([
    ["a bad SIREN", companyInput({ siren: "123456789" }), { siren: ["siren_invalid"] }],
    ["a bad SIRET", companyInput({ siret: "55212022200014" }), { siret: ["siret_invalid"] }],
    [
      "a SIRET of another SIREN",
      companyInput({ siren: VALID_SIREN, siret: "73282932000074" }),
      { siret: ["siret_siren_mismatch"] },
    ],
    ["a bad French VAT key", companyInput({ vatNumber: "FR28552120222" }), { vatNumber: ["vat_number_invalid"] }],
    [
      "a VAT number of another SIREN",
      companyInput({ siren: VALID_SIREN, vatNumber: "FR44732829320" }),
      { vatNumber: ["vat_siren_mismatch"] },
    ],
    ["a bad email", companyInput({ emails: ["ok@example.test", "not-an-email"] }), { "emails.1": ["email_invalid"] }],
    ["no email", companyInput({ emails: ["", "  "] }), { emails: ["emails_required"] }],
    [
      "11 emails",
      companyInput({ emails: Array.from({ length: 11 }, (_, i) => `e${i}@example.test`) }),
      { emails: ["emails_too_many"] },
    ],
    ["a company without legal name", companyInput({ legalName: "   " }), { legalName: ["legal_name_required"] }],
    [
      "a person without names",
      personInput({ firstName: "", lastName: undefined }),
      { firstName: ["required"], lastName: ["required"] },
    ],
    ["an unknown kind", companyInput({ kind: "ALIEN" }), { kind: ["kind_invalid"] }],
    [
      "10k-character fields",
      companyInput({ legalName: "x".repeat(10_000), notes: "n".repeat(10_000), billingCity: "c".repeat(10_000) }),
      { legalName: ["too_long"], notes: ["too_long"], billingCity: ["too_long"] },
    ],
    [
      "a half delivery address",
      companyInput({ deliveryPostalCode: "13001" }),
      { deliveryAddressLine1: ["required"], deliveryCity: ["required"] },
    ],
    [
      "a bad French postal code",
      companyInput({ billingPostalCode: "7500" }),
      { billingPostalCode: ["postal_code_invalid"] },
    ],
    ["a bad country", companyInput({ billingCountry: "France" }), { billingCountry: ["country_invalid"] }],
    [
      "payment terms of 121 days",
      companyInput({ paymentTermsDays: "121" }),
      { paymentTermsDays: ["payment_days_range"] },
    ],
    [
      "payment terms that are not a number",
      companyInput({ paymentTermsDays: "thirty" }),
      { paymentTermsDays: ["number_invalid"] },
    ],
    ["an unknown language", companyInput({ language: "de" }), { language: ["language_invalid"] }],
    ["a phone with letters", companyInput({ phone: "call me maybe" }), { phone: ["phone_invalid"] }],
  ])("refuses %s with field errors", async (_label, input, expected) => {
    const { organization, member } = await clientOrganization();
    const before = await clientSnapshot(organization.id);
    const errors = await fieldErrorsOf(createClient(member, input, testMeta()));
    expect(errors).toMatchObject(expected);
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("accepts a foreign EU VAT number and a foreign postal code", async () => {
    const { member } = await clientOrganization();
    await expect(
      createClient(
        member,
        companyInput({
          vatNumber: "DE 123456789",
          billingCountry: "DE",
          billingPostalCode: "D-10115",
          billingCity: "Berlin",
        }),
        testMeta(),
      ),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("an invalid update leaves the client as it was", async () => {
    const { organization, member } = await clientOrganization();
    const { id } = await addClient(member);
    const before = await clientSnapshot(organization.id);
    await fieldErrorsOf(updateClient(member, id, companyInput({ emails: ["broken"], legalName: "" }), testMeta()));
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });
});

describe("createClients (all or nothing, for imports)", () => {
  it("inserts every row in one go, with names and search text", async () => {
    const { organization, member } = await clientOrganization();
    const rows = Array.from({ length: 30 }, (_, i) => companyInput({ legalName: `Import Élan ${i}` }));
    const { ids } = await createClients(member, rows, testMeta(), { source: "test" });
    expect(ids).toHaveLength(30);
    const created = await db.client.findMany({ where: { organizationId: organization.id }, orderBy: { name: "asc" } });
    expect(created).toHaveLength(30);
    expect(created.every((row) => row.searchText.includes("import elan"))).toBe(true);
    const audit = await db.auditLog.findMany({ where: { organizationId: organization.id, action: "client.created" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.metadata).toMatchObject({ count: 30, source: "test" });
  });

  it("refuses the whole set when one row is bad, naming each bad row", async () => {
    const { organization, member } = await clientOrganization();
    const before = await clientSnapshot(organization.id);
    const rows = [companyInput(), companyInput({ siren: "111" }), companyInput(), personInput({ lastName: "" })];
    const error: AppError = await expectAppError(createClients(member, rows, testMeta()), "invalid_rows");
    expect(error.details.rows).toEqual([
      { row: 1, fieldErrors: { siren: ["siren_invalid"] } },
      { row: 3, fieldErrors: { lastName: ["required"] } },
    ]);
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });
});
