import { archiveClient, unarchiveClient } from "@/lib/clients/archive-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { getClient } from "@/lib/clients/get-client";
import { listClients } from "@/lib/clients/list-clients";
import { updateClient } from "@/lib/clients/update-client";
import { requireMember } from "@/lib/auth/access/require-member";
import { testMeta } from "../../support/factories";
import { expectAppError, signedIn } from "../../support/member-factories";
import { addClient, addGroup, clientOrganization, clientSnapshot, companyInput } from "../../support/client-factories";

// Organization A's owner against organization B's clients: every id of B is "not found" to A,
// and B's rows are exactly as before (asserted on the rows, not only on the error).
async function twoTenants() {
  const a = await clientOrganization();
  const b = await clientOrganization();
  const bClient = await addClient(
    b.member,
    companyInput({ legalName: "Secret de B", billingCity: "Nantes", billingPostalCode: "44000" }),
  );
  const bArchived = await addClient(b.member, companyInput({ legalName: "Archivé de B" }));
  await archiveClient(b.member, bArchived.id, testMeta());
  const bGroup = await addGroup(b.organization.id, "Groupe de B");
  return { a, b, bClient, bArchived, bGroup };
}

describe("clients across organizations", () => {
  it("A cannot get a client context in B", async () => {
    const { a, b } = await twoTenants();
    const session = await signedIn(a.user.id, a.organization.id);
    for (const permission of ["clients.read", "clients.write"] as const) {
      await expect(requireMember(session, b.organization.id, permission)).rejects.toMatchObject({
        kind: "NOT_FOUND",
      });
    }
  });

  it("A's list never shows B's clients, whatever the search or filter", async () => {
    const { a, bGroup } = await twoTenants();
    await addClient(a.member, companyInput({ legalName: "Client de A" }));
    for (const params of [
      {},
      { q: "secret" },
      { status: "all" },
      { status: "archived" },
      { group: bGroup.id, status: "all" },
    ]) {
      const page = await listClients(a.member, params);
      expect(JSON.stringify(page)).not.toMatch(/de B/);
    }
    expect((await listClients(a.member, { status: "all" })).total).toBe(1);
  });

  it("A cannot read, update, archive, unarchive or delete B's clients by id; B is unchanged", async () => {
    const { a, b, bClient, bArchived } = await twoTenants();
    const before = await clientSnapshot(b.organization.id);
    await expectAppError(getClient(a.member, bClient.id), "client_not_found");
    await expectAppError(
      updateClient(a.member, bClient.id, companyInput({ legalName: "Piraté" }), testMeta()),
      "client_not_found",
    );
    await expectAppError(archiveClient(a.member, bClient.id, testMeta()), "client_not_found");
    await expectAppError(unarchiveClient(a.member, bArchived.id, testMeta()), "client_not_found");
    await expectAppError(deleteClient(a.member, bClient.id, testMeta()), "client_not_found");
    await expectAppError(deleteClient(a.member, bArchived.id, testMeta()), "client_not_found");
    expect(await clientSnapshot(b.organization.id)).toEqual(before);
  });
});
