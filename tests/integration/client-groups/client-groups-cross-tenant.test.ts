import { createGroup } from "@/lib/client-groups/create-group";
import { deleteGroup } from "@/lib/client-groups/delete-group";
import { listGroups } from "@/lib/client-groups/list-groups";
import { renameGroup } from "@/lib/client-groups/rename-group";
import { setClientGroups } from "@/lib/client-groups/set-client-groups";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import { addClient, clientOrganization, clientSnapshot } from "../../support/client-factories";

// A's owner against B's groups and clients: B's ids are "not found", and neither
// organization's clients, groups or links change.
async function twoTenants() {
  const a = await clientOrganization();
  const b = await clientOrganization();
  const aClient = await addClient(a.member);
  const aGroup = await createGroup(a.member, { name: "Groupe de A" }, testMeta());
  const bClient = await addClient(b.member);
  const bGroup = await createGroup(b.member, { name: "Groupe de B" }, testMeta());
  await setClientGroups(b.member, { clientId: bClient.id, groupIds: [bGroup.id] }, testMeta());
  await setClientGroups(a.member, { clientId: aClient.id, groupIds: [aGroup.id] }, testMeta());
  return { a, b, aClient, aGroup, bClient, bGroup };
}

async function bothSnapshots(a: string, b: string) {
  return { a: await clientSnapshot(a), b: await clientSnapshot(b) };
}

describe("client groups across organizations", () => {
  it("A never lists B's groups", async () => {
    const { a, aGroup } = await twoTenants();
    expect(await listGroups(a.member)).toEqual([{ id: aGroup.id, name: "Groupe de A", clientCount: 1 }]);
  });

  it("A cannot rename or delete B's group; nothing changes", async () => {
    const { a, b, bGroup } = await twoTenants();
    const before = await bothSnapshots(a.organization.id, b.organization.id);
    await expectAppError(renameGroup(a.member, { groupId: bGroup.id, name: "Piraté" }, testMeta()), "group_not_found");
    await expectAppError(deleteGroup(a.member, { groupId: bGroup.id }, testMeta()), "group_not_found");
    expect(await bothSnapshots(a.organization.id, b.organization.id)).toEqual(before);
  });

  it("A cannot put its client into B's group, nor B's client into its group; nothing changes", async () => {
    const { a, b, aClient, aGroup, bClient, bGroup } = await twoTenants();
    const before = await bothSnapshots(a.organization.id, b.organization.id);
    await expectAppError(
      setClientGroups(a.member, { clientId: aClient.id, groupIds: [bGroup.id] }, testMeta()),
      "group_not_found",
    );
    // Mixed with a group of A: still refused as a whole, A's current groups are kept.
    await expectAppError(
      setClientGroups(a.member, { clientId: aClient.id, groupIds: [aGroup.id, bGroup.id] }, testMeta()),
      "group_not_found",
    );
    await expectAppError(
      setClientGroups(a.member, { clientId: bClient.id, groupIds: [aGroup.id] }, testMeta()),
      "client_not_found",
    );
    await expectAppError(
      setClientGroups(a.member, { clientId: bClient.id, groupIds: [] }, testMeta()),
      "client_not_found",
    );
    expect(await bothSnapshots(a.organization.id, b.organization.id)).toEqual(before);
  });
});
