import { createGroup } from "@/lib/client-groups/create-group";
import { changeClientGroup, setClientGroups } from "@/lib/client-groups/set-client-groups";
import { db } from "@/lib/db/prisma";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import { addClient, clientOrganization } from "../../support/client-factories";

// One membership added or removed at a time (the API's PUT/DELETE): the client's other groups
// stay, and changes made at the same moment all land (decided under the client row's lock).

async function groupsOf(clientId: string): Promise<string[]> {
  const links = await db.clientGroupMember.findMany({ where: { clientId }, select: { groupId: true } });
  return links.map((link) => link.groupId).sort();
}

describe("changeClientGroup", () => {
  it("adds and removes one group, keeps the others, and is idempotent", async () => {
    const { member } = await clientOrganization();
    const client = await addClient(member);
    const [a, b] = [
      await createGroup(member, { name: "A" }, testMeta()),
      await createGroup(member, { name: "B" }, testMeta()),
    ];
    await setClientGroups(member, { clientId: client.id, groupIds: [a.id] }, testMeta());
    await changeClientGroup(member, { clientId: client.id, groupId: b.id, inGroup: true }, testMeta());
    await changeClientGroup(member, { clientId: client.id, groupId: b.id, inGroup: true }, testMeta());
    expect(await groupsOf(client.id)).toEqual([a.id, b.id].sort());
    await changeClientGroup(member, { clientId: client.id, groupId: a.id, inGroup: false }, testMeta());
    await changeClientGroup(member, { clientId: client.id, groupId: a.id, inGroup: false }, testMeta());
    expect(await groupsOf(client.id)).toEqual([b.id]);
    // Two real changes, two audit entries; the repeats wrote nothing.
    const audits = await db.auditLog.count({ where: { action: "client.groups_changed", targetId: client.id } });
    expect(audits).toBe(3);
  });

  it("eight groups added at the same moment: all eight are there", async () => {
    const { member } = await clientOrganization();
    const client = await addClient(member);
    const groups = [];
    for (let index = 0; index < 8; index += 1) {
      groups.push(await createGroup(member, { name: `G${index}` }, testMeta()));
    }
    await Promise.all(
      groups.map((group) =>
        changeClientGroup(member, { clientId: client.id, groupId: group.id, inGroup: true }, testMeta()),
      ),
    );
    expect(await groupsOf(client.id)).toEqual(groups.map((group) => group.id).sort());
  });

  it("another organization's client or group: not found, nothing changes", async () => {
    const a = await clientOrganization();
    const b = await clientOrganization();
    const aClient = await addClient(a.member);
    const bClient = await addClient(b.member);
    const aGroup = await createGroup(a.member, { name: "A" }, testMeta());
    const bGroup = await createGroup(b.member, { name: "B" }, testMeta());
    await expectAppError(
      changeClientGroup(a.member, { clientId: bClient.id, groupId: aGroup.id, inGroup: true }, testMeta()),
      "client_not_found",
    );
    await expectAppError(
      changeClientGroup(a.member, { clientId: aClient.id, groupId: bGroup.id, inGroup: true }, testMeta()),
      "group_not_found",
    );
    expect(await groupsOf(aClient.id)).toEqual([]);
    expect(await groupsOf(bClient.id)).toEqual([]);
  });
});
