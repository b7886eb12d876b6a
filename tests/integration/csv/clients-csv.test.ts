import Papa from "papaparse";
import { archiveClient } from "@/lib/clients/archive-client";
import { exportClientsCsv } from "@/lib/clients/export-clients-csv";
import { importClientsCsv } from "@/lib/clients/import-clients-csv";
import { previewClientsCsv } from "@/lib/clients/preview-clients-csv";
import { db } from "@/lib/db/prisma";
import {
  addClient,
  addGroup,
  clientOrganization,
  clientSnapshot,
  companyInput,
  personInput,
  VALID_SIREN,
  VALID_SIRET,
  VALID_VAT,
} from "../../support/client-factories";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

const upload = (text: string, name = "clients.csv") => ({ name, bytes: new TextEncoder().encode(text) });

const HEADER_FR =
  "Type;Raison sociale;Prénom;Nom;SIREN;E-mails;Adresse de facturation;Code postal de facturation;Ville de facturation;Pays de facturation";

function parse(content: string, delimiter: string) {
  expect(content.startsWith("\uFEFF")).toBe(true);
  const result = Papa.parse<string[]>(content.slice(1), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("clients CSV export", () => {
  it("exports the list's filters and sort with every client field; an ACCOUNTANT may export; other tenants never appear", async () => {
    const { organization, member } = await clientOrganization();
    await addClient(
      member,
      companyInput({
        legalName: "Société Générale",
        siren: VALID_SIREN,
        siret: VALID_SIRET,
        vatNumber: VALID_VAT,
        emails: ["compta@sg.example", "achats@sg.example"],
        paymentTermsDays: "45",
        paymentTermsEndOfMonth: "true",
        language: "en",
        notes: "=cmd|' /C calc'!A0",
      }),
    );
    await addClient(member, personInput({ firstName: "Zoé", lastName: "Durand", billingCity: "Lyon" }));
    const archived = await addClient(member, companyInput({ legalName: "Ancienne SARL" }));
    await archiveClient(member, archived.id, testMeta());
    const other = await clientOrganization();
    await addClient(other.member, companyInput({ legalName: "Client d'un autre" }));

    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, organization.id, "clients.read");
    const file = await exportClientsCsv(accountant, { sort: "name", dir: "desc" }, "fr");
    expect(file.fileName).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(file.content, ";");
    expect(rows[0]?.slice(0, 4)).toEqual(["Type", "Raison sociale", "Prénom", "Nom"]);
    expect(rows.slice(1).map((row) => row[1] || row[2])).toEqual(["Zoé", "Société Générale"]);
    const sg = Object.fromEntries(rows[0]!.map((header, index) => [header, rows[2]![index]]));
    expect(sg).toMatchObject({
      Type: "Entreprise",
      SIREN: VALID_SIREN,
      SIRET: VALID_SIRET,
      "N° TVA intracommunautaire": VALID_VAT,
      "E-mails": "compta@sg.example, achats@sg.example",
      "Délai de paiement (jours)": "45",
      "Fin de mois": "oui",
      Langue: "en",
      Notes: "'=cmd|' /C calc'!A0",
    });
    expect(file.content).not.toContain("Client d'un autre");

    const english = await exportClientsCsv(member, { status: "archived" }, "en");
    expect(
      parse(english.content, ",")
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(["Ancienne SARL"]);
  });

  it("respects the group and kind filters and the search", async () => {
    const { organization, member } = await clientOrganization();
    const group = await addGroup(organization.id);
    const inGroup = await addClient(member, companyInput({ legalName: "Dans le groupe" }));
    await db.clientGroupMember.create({
      data: { organizationId: organization.id, clientId: inGroup.id, groupId: group.id },
    });
    await addClient(member, companyInput({ legalName: "Hors groupe" }));
    await addClient(member, personInput({ firstName: "Paul", lastName: "Particulier" }));
    const names = async (params: Record<string, string>) =>
      parse((await exportClientsCsv(member, params, "en")).content, ",")
        .slice(1)
        .map((row) => row[1] || `${row[2]} ${row[3]}`);
    expect(await names({ group: group.id })).toEqual(["Dans le groupe"]);
    expect(await names({ kind: "INDIVIDUAL" })).toEqual(["Paul Particulier"]);
    expect(await names({ q: "hors" })).toEqual(["Hors groupe"]);
    expect(await names({ q: "GROUPE", sort: "name", dir: "desc" })).toEqual(["Hors groupe", "Dans le groupe"]);
    expect(await names({ q: "%" })).toEqual([]);
  });
});

describe("clients CSV import", () => {
  const bad = [
    HEADER_FR, //                                                                                   1
    "Entreprise;Boulangerie Dupont SARL;;;;contact@dupont.example;2 rue du Four;75006;Paris;FR", //   2
    "Particulier;;Jean;;;jean@example;1 rue X;7500;Paris;FR", //                                      3
    "Particulier;;Ada;Lovelace;;ada@example.test;10 Downing St;SW1A 2AA;London;Royaume-Uni", //       4
    "Entreprise;;;;123456789;;5 av. Y;13001;Marseille;", //                                           5
  ].join("\n");

  it("previews every error with its line, field and message; writes nothing", async () => {
    const { organization, member } = await clientOrganization();
    const before = await clientSnapshot(organization.id);
    const preview = await previewClientsCsv(member, upload(bad), "fr");
    expect(preview).toMatchObject({ separator: ";", rowCount: 4, validCount: 2, invalidCount: 2 });
    expect(preview.errors).toEqual([
      { line: 3, field: "emails", message: "email_invalid" },
      { line: 3, field: "lastName", message: "required" },
      { line: 3, field: "billingPostalCode", message: "postal_code_invalid" },
      { line: 5, field: "siren", message: "siren_invalid" },
      { line: 5, field: "emails", message: "emails_required" },
      { line: 5, field: "legalName", message: "legal_name_required" },
    ]);
    // "Royaume-Uni" is read as GB.
    expect(preview.sample.map((row) => [row.line, row.values.billingCountry])).toEqual([
      [2, "FR"],
      [4, "GB"],
    ]);
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("confirm with a bad row writes nothing", async () => {
    const { organization, member } = await clientOrganization();
    const before = await clientSnapshot(organization.id);
    const error = await expectAppError(importClientsCsv(member, upload(bad), "fr", testMeta()), "csv_invalid_rows");
    expect(error.details.errors).toHaveLength(6);
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("confirm with a valid file writes every client with name and searchText, in the caller's organization only", async () => {
    const { organization, member, user } = await clientOrganization();
    const other = await clientOrganization();
    const otherBefore = await clientSnapshot(other.organization.id);
    const lines = Array.from(
      { length: 1200 },
      (_, i) => `Entreprise;Société ${i};;;;c${i}@example.test, compta${i}@example.test;${i} rue Haute;75011;Paris;`,
    );
    const progress: number[] = [];
    const result = await importClientsCsv(member, upload([HEADER_FR, ...lines].join("\n")), "fr", testMeta(), {
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({ created: 1200 });
    expect(progress).toEqual([1000, 1200]);
    const row = await db.client.findFirstOrThrow({
      where: { organizationId: organization.id, legalName: "Société 7" },
    });
    expect(row).toMatchObject({
      kind: "COMPANY",
      name: "Société 7",
      emails: ["c7@example.test", "compta7@example.test"],
      billingCountry: "FR",
      searchText: "societe 7 societe 7 c7@example.test compta7@example.test paris",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "client.imported" },
    });
    expect(audit).toMatchObject({ actorId: user.id, metadata: { count: 1200, file: "clients.csv" } });
    expect(await clientSnapshot(other.organization.id)).toEqual(otherBefore);
  });

  it("round trip: an export imports back into another organization with the same data (fr and en)", async () => {
    const source = await clientOrganization();
    await addClient(
      source.member,
      companyInput({
        legalName: "Société Générale",
        siren: VALID_SIREN,
        siret: VALID_SIRET,
        vatNumber: VALID_VAT,
        emails: ["a@sg.example", "b@sg.example"],
        phone: "+33 1 42 14 20 00",
        billingAddressLine2: "Tour; étage 3",
        deliveryAddressLine1: "Quai 4",
        deliveryPostalCode: "92800",
        deliveryCity: "Puteaux",
        paymentTermsDays: "30",
        paymentTermsEndOfMonth: "true",
        language: "fr",
        notes: 'Ligne 1\nLigne "2"',
      }),
    );
    await addClient(
      source.member,
      personInput({
        firstName: "Élodie",
        lastName: "Noël",
        billingCountry: "BE",
        billingPostalCode: "1000",
        billingCity: "Bruxelles",
      }),
    );
    const fields = {
      kind: true,
      name: true,
      legalName: true,
      firstName: true,
      lastName: true,
      siren: true,
      siret: true,
      vatNumber: true,
      billingAddressLine1: true,
      billingAddressLine2: true,
      billingPostalCode: true,
      billingCity: true,
      billingCountry: true,
      deliveryAddressLine1: true,
      deliveryAddressLine2: true,
      deliveryPostalCode: true,
      deliveryCity: true,
      deliveryCountry: true,
      emails: true,
      phone: true,
      paymentTermsDays: true,
      paymentTermsEndOfMonth: true,
      language: true,
      notes: true,
      searchText: true,
    } as const;
    const original = await db.client.findMany({
      where: { organizationId: source.organization.id },
      orderBy: { name: "asc" },
      select: fields,
    });
    for (const locale of ["fr", "en"] as const) {
      const exported = await exportClientsCsv(source.member, {}, locale);
      const target = await clientOrganization();
      const file = { name: exported.fileName, bytes: new TextEncoder().encode(exported.content) };
      const preview = await previewClientsCsv(target.member, file, locale);
      expect(preview.errors).toEqual([]);
      await importClientsCsv(target.member, file, locale, testMeta(), { fingerprint: preview.fingerprint });
      const copy = await db.client.findMany({
        where: { organizationId: target.organization.id },
        orderBy: { name: "asc" },
        select: fields,
      });
      expect(copy).toEqual(original);
    }
  });

  it("refuses odd files; an ACCOUNTANT cannot import, a MEMBER can", async () => {
    const { organization, member } = await clientOrganization();
    await expectAppError(previewClientsCsv(member, upload(""), "fr"), "csv_empty");
    await expectAppError(previewClientsCsv(member, upload(`${HEADER_FR}\n`), "fr"), "csv_no_rows");
    const missing = await expectAppError(
      previewClientsCsv(member, upload("Nom;Prénom\nA;B"), "fr"),
      "csv_missing_columns",
    );
    expect(missing.details.params).toEqual({ columns: "E-mails, Adresse de facturation, Ville de facturation" });
    await expectAppError(previewClientsCsv(member, upload("a,b", "clients.pdf"), "fr"), "csv_not_csv");
    const { user: accountantUser } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(accountantUser.id, organization.id, "clients.read");
    await expectAppError(previewClientsCsv(accountant, upload(bad), "fr"), "forbidden");
    const { user: memberUser } = await addMember(organization.id, "MEMBER");
    const writer = await actingAs(memberUser.id, organization.id, "clients.write");
    const ok = [HEADER_FR, "Entreprise;ACME;;;;a@acme.example;1 rue A;75001;Paris;FR"].join("\n");
    await expect(importClientsCsv(writer, upload(ok), "fr", testMeta())).resolves.toEqual({ created: 1 });
  });
});
