import { archiveClient, unarchiveClient } from "@/lib/clients/archive-client";
import { createClient } from "@/lib/clients/create-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { getClient } from "@/lib/clients/get-client";
import { updateClient } from "@/lib/clients/update-client";
import { db } from "@/lib/db/prisma";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import {
  addClient,
  addGroup,
  clientOrganization,
  companyInput,
  personInput,
  VALID_SIREN,
  VALID_SIRET,
  VALID_VAT,
} from "../../support/client-factories";

describe("client create / read / update / archive / delete", () => {
  it("creates a company, derives its name and search text, and audits it", async () => {
    const { organization, member } = await clientOrganization();
    const created = await createClient(
      member,
      companyInput({
        legalName: "  Société Générale ",
        siren: "552 120 222",
        siret: VALID_SIRET,
        vatNumber: "fr 27 552 120 222",
        emails: ["Compta@SocGen.example", "compta@socgen.example", "", "achats@socgen.example"],
        billingCity: "Paris",
        paymentTermsDays: "45",
        paymentTermsEndOfMonth: "on",
        language: "en",
        notes: "Client historique.",
      }),
      testMeta(),
    );
    expect(created.name).toBe("Société Générale");

    const client = await getClient(member, created.id);
    expect(client).toMatchObject({
      kind: "COMPANY",
      name: "Société Générale",
      legalName: "Société Générale",
      firstName: null,
      siren: VALID_SIREN,
      siret: VALID_SIRET,
      vatNumber: VALID_VAT,
      emails: ["compta@socgen.example", "achats@socgen.example"],
      billingCountry: "FR",
      deliveryAddressLine1: null,
      deliveryCountry: null,
      paymentTermsDays: 45,
      paymentTermsEndOfMonth: true,
      language: "en",
      notes: "Client historique.",
      groups: [],
      documentCount: 0,
      archivedAt: null,
    });
    const row = await db.client.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.organizationId).toBe(organization.id);
    expect(row.searchText).toBe(
      "societe generale societe generale compta@socgen.example achats@socgen.example 552120222 55212022200013 fr27552120222 paris",
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, targetId: created.id },
    });
    expect(audit).toMatchObject({ action: "client.created", actorId: member.userId, targetType: "Client" });
  });

  it("creates a person named 'First Last' and drops company-only fields", async () => {
    const { member } = await clientOrganization();
    const created = await createClient(
      member,
      personInput({ firstName: "Émile", lastName: "Zola", legalName: "ignored", siren: VALID_SIREN }),
      testMeta(),
    );
    const client = await getClient(member, created.id);
    expect(client).toMatchObject({ kind: "INDIVIDUAL", name: "Émile Zola", legalName: null, siren: null });
  });

  it("keeps a delivery address only as a whole, and payment terms only with days", async () => {
    const { member } = await clientOrganization();
    const created = await createClient(
      member,
      companyInput({
        deliveryAddressLine1: "Quai 4",
        deliveryCity: "Le Havre",
        deliveryPostalCode: "76600",
        deliveryCountry: "",
        paymentTermsDays: "",
        paymentTermsEndOfMonth: "on",
      }),
      testMeta(),
    );
    const client = await getClient(member, created.id);
    expect(client).toMatchObject({
      deliveryAddressLine1: "Quai 4",
      deliveryCity: "Le Havre",
      deliveryCountry: "FR",
      paymentTermsDays: null,
      paymentTermsEndOfMonth: null,
    });
  });

  it("updates every field, keeps name and search text in step, audits the changed field names", async () => {
    const { organization, member } = await clientOrganization();
    const { id } = await addClient(member, companyInput({ legalName: "Ancien Nom", billingCity: "Paris" }));
    const result = await updateClient(
      member,
      id,
      personInput({ firstName: "Anaïs", lastName: "Dupont", billingCity: "Montréal", billingCountry: "ca" }),
      testMeta(),
    );
    expect(result.changed).toEqual(expect.arrayContaining(["kind", "name", "legalName", "firstName", "billingCity"]));
    const row = await db.client.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "INDIVIDUAL", name: "Anaïs Dupont", legalName: null, billingCountry: "CA" });
    expect(row.searchText).toContain("anais dupont");
    expect(row.searchText).toContain("montreal");
    expect(row.searchText).not.toContain("ancien");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, targetId: id, action: "client.updated" },
    });
    expect(audit.metadata).toMatchObject({ name: "Anaïs Dupont" });
    expect(JSON.stringify(audit.metadata)).not.toContain("Montréal");
  });

  it("refuses a save over a version changed since it was opened (client_changed), writes nothing; the current version saves", async () => {
    const { organization, member } = await clientOrganization();
    const input = (billingCity: string) =>
      companyInput({ legalName: "Version SARL", billingCity, emails: ["v@example.test"] });
    const { id } = await addClient(member, input("Paris"));
    const opened = (await db.client.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
    // Someone else saves first, from the same version.
    await updateClient(member, id, input("Lyon"), testMeta(), {
      expectedUpdatedAt: opened,
    });
    const saved = await db.client.findUniqueOrThrow({ where: { id } });
    const error = await expectAppError(
      updateClient(member, id, input("Nantes"), testMeta(), {
        expectedUpdatedAt: opened,
      }),
      "client_changed",
    );
    expect(error.kind).toBe("CONFLICT");
    expect(error.details.updatedAt).toBe(saved.updatedAt.toISOString());
    expect(await db.client.findUniqueOrThrow({ where: { id } })).toEqual(saved);
    // Sending what is there now is no change, and no conflict.
    expect(
      (
        await updateClient(member, id, input("Lyon"), testMeta(), {
          expectedUpdatedAt: opened,
        })
      ).changed,
    ).toEqual([]);
    // Knowing the current version, the save goes through.
    await updateClient(member, id, input("Nantes"), testMeta(), {
      expectedUpdatedAt: error.details.updatedAt,
    });
    expect((await db.client.findUniqueOrThrow({ where: { id } })).billingCity).toBe("Nantes");
    expect(await db.auditLog.count({ where: { organizationId: organization.id, action: "client.updated" } })).toBe(2);
  });

  it("two saves from one version at the same time: one is written, the other is client_changed", async () => {
    const { member } = await clientOrganization();
    const { id } = await addClient(
      member,
      companyInput({ legalName: "Course SARL", billingCity: "Paris", emails: ["c@example.test"] }),
    );
    const opened = (await db.client.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
    const results = await Promise.allSettled(
      ["Lille", "Brest"].map((city) =>
        updateClient(
          member,
          id,
          companyInput({ legalName: "Course SARL", billingCity: city, emails: ["c@example.test"] }),
          testMeta(),
          {
            expectedUpdatedAt: opened,
          },
        ),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "client_changed" });
  });

  it("an update that changes nothing writes nothing and audits nothing", async () => {
    const { organization, member } = await clientOrganization();
    const input = companyInput();
    const { id } = await addClient(member, input);
    const before = await db.client.findUniqueOrThrow({ where: { id } });
    const result = await updateClient(member, id, input, testMeta());
    expect(result.changed).toEqual([]);
    expect(await db.client.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { organizationId: organization.id, action: "client.updated" } })).toBe(0);
  });

  it("archives and unarchives (idempotent, audited once each)", async () => {
    const { organization, member } = await clientOrganization();
    const { id } = await addClient(member);
    const archived = await archiveClient(member, id, testMeta());
    expect(archived.changed).toBe(true);
    expect((await archiveClient(member, id, testMeta())).changed).toBe(false);
    expect((await getClient(member, id)).archivedAt).toEqual(archived.archivedAt);
    await unarchiveClient(member, id, testMeta());
    expect((await getClient(member, id)).archivedAt).toBeNull();
    const actions = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["client.created", "client.archived", "client.unarchived"]);
  });

  it("deletes a client without documents, with its group links but not its groups", async () => {
    const { organization, member } = await clientOrganization();
    const { id } = await addClient(member);
    const group = await addGroup(organization.id);
    await db.clientGroupMember.create({ data: { organizationId: organization.id, clientId: id, groupId: group.id } });
    // Archived clients can be deleted too: archive is not a prerequisite.
    await archiveClient(member, id, testMeta());
    const deleted = await deleteClient(member, id, testMeta());
    expect(deleted.id).toBe(id);
    expect(await db.client.findUnique({ where: { id } })).toBeNull();
    expect(await db.clientGroupMember.count({ where: { clientId: id } })).toBe(0);
    expect(await db.clientGroup.findUnique({ where: { id: group.id } })).not.toBeNull();
    await expectAppError(getClient(member, id), "client_not_found");
    await expectAppError(deleteClient(member, id, testMeta()), "client_not_found");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, targetId: id, action: "client.deleted" },
    });
    expect(audit.metadata).toMatchObject({ name: deleted.name });
  });

  it("treats malformed or unknown ids as not found", async () => {
    const { member } = await clientOrganization();
    for (const id of ["", "x".repeat(500), 42, null, "does-not-exist"]) {
      await expectAppError(getClient(member, id), "client_not_found");
      await expectAppError(updateClient(member, id, companyInput(), testMeta()), "client_not_found");
      await expectAppError(archiveClient(member, id, testMeta()), "client_not_found");
      await expectAppError(deleteClient(member, id, testMeta()), "client_not_found");
    }
  });
});
