import { archiveClient, unarchiveClient } from "@/lib/clients/archive-client";
import { createClient, createClients } from "@/lib/clients/create-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { getClient } from "@/lib/clients/get-client";
import { listClients } from "@/lib/clients/list-clients";
import { updateClient } from "@/lib/clients/update-client";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { addClient, clientOrganization, clientSnapshot, companyInput } from "../../support/client-factories";

describe("client permissions", () => {
  it("an ACCOUNTANT reads clients but cannot change them (FORBIDDEN, nothing written)", async () => {
    const { organization, member: owner } = await clientOrganization();
    const { id } = await addClient(owner, companyInput({ legalName: "Lu par le comptable" }));
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, organization.id, "clients.read");
    expect((await listClients(accountant, {})).items.map((item) => item.name)).toEqual(["Lu par le comptable"]);
    expect((await getClient(accountant, id)).name).toBe("Lu par le comptable");

    // Both doors: asking for the write permission, and using a read context on write functions.
    await expect(actingAs(user.id, organization.id, "clients.write")).rejects.toMatchObject({ kind: "FORBIDDEN" });
    const before = await clientSnapshot(organization.id);
    for (const attempt of [
      createClient(accountant, companyInput(), testMeta()),
      createClients(accountant, [companyInput()], testMeta()),
      updateClient(accountant, id, companyInput(), testMeta()),
      archiveClient(accountant, id, testMeta()),
      unarchiveClient(accountant, id, testMeta()),
      deleteClient(accountant, id, testMeta()),
    ]) {
      const error = await expectAppError(attempt, "forbidden");
      expect(error.kind).toBe("FORBIDDEN");
    }
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("a MEMBER creates, updates, archives and deletes clients", async () => {
    const { organization } = await clientOrganization();
    const { user } = await addMember(organization.id, "MEMBER");
    const member = await actingAs(user.id, organization.id, "clients.write");
    const { id } = await createClient(member, companyInput({ legalName: "Créé par un membre" }), testMeta());
    await updateClient(member, id, companyInput({ legalName: "Modifié par un membre" }), testMeta());
    await archiveClient(member, id, testMeta());
    expect((await getClient(member, id)).name).toBe("Modifié par un membre");
    await deleteClient(member, id, testMeta());
    expect((await listClients(member, { status: "all" })).total).toBe(0);
  });
});
