import { createGroup } from "@/lib/client-groups/create-group";
import { deleteGroup } from "@/lib/client-groups/delete-group";
import { listGroups } from "@/lib/client-groups/list-groups";
import { renameGroup } from "@/lib/client-groups/rename-group";
import { setClientGroups } from "@/lib/client-groups/set-client-groups";
import { getClient } from "@/lib/clients/get-client";
import { db } from "@/lib/db/prisma";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { addClient, clientOrganization, clientSnapshot } from "../../support/client-factories";

describe("client groups", () => {
  it("creates, lists with client counts, renames and deletes groups, audited", async () => {
    const { organization, member } = await clientOrganization();
    const vip = await createGroup(member, { name: "  VIP " }, testMeta());
    expect(vip.name).toBe("VIP");
    const export_ = await createGroup(member, { name: "Export" }, testMeta());
    const one = await addClient(member);
    const two = await addClient(member);
    await setClientGroups(member, { clientId: one.id, groupIds: [vip.id, export_.id] }, testMeta());
    await setClientGroups(member, { clientId: two.id, groupIds: [vip.id, vip.id] }, testMeta());

    expect(await listGroups(member)).toEqual([
      { id: export_.id, name: "Export", clientCount: 1 },
      { id: vip.id, name: "VIP", clientCount: 2 },
    ]);

    await renameGroup(member, { groupId: vip.id, name: "Clients VIP" }, testMeta());
    expect((await getClient(member, one.id)).groups).toEqual([
      { id: vip.id, name: "Clients VIP" },
      { id: export_.id, name: "Export" },
    ]);

    const deleted = await deleteGroup(member, { groupId: vip.id }, testMeta());
    expect(deleted.clientCount).toBe(2);
    expect(await listGroups(member)).toEqual([{ id: export_.id, name: "Export", clientCount: 1 }]);
    // The clients stay; only their membership of that group went.
    expect((await getClient(member, two.id)).groups).toEqual([]);
    expect((await getClient(member, one.id)).groups).toEqual([{ id: export_.id, name: "Export" }]);

    const actions = await db.auditLog.findMany({
      where: { organizationId: organization.id, action: { startsWith: "group." } },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "group.created",
      "group.created",
      "group.renamed",
      "group.deleted",
    ]);
    expect(actions[2]!.metadata).toEqual({ before: "VIP", after: "Clients VIP" });
  });

  it("refuses a name already used in the organization (any case) as a field error", async () => {
    const { organization, member } = await clientOrganization();
    const vip = await createGroup(member, { name: "VIP" }, testMeta());
    const other = await createGroup(member, { name: "Autres" }, testMeta());
    const before = await clientSnapshot(organization.id);
    for (const attempt of [
      createGroup(member, { name: "VIP" }, testMeta()),
      createGroup(member, { name: "vip" }, testMeta()),
      renameGroup(member, { groupId: other.id, name: "Vip" }, testMeta()),
    ]) {
      const error = await expectAppError(attempt, "group_name_taken");
      expect(error.details.fieldErrors).toEqual({ name: ["group_name_taken"] });
    }
    expect(await clientSnapshot(organization.id)).toEqual(before);
    // Renaming a group to its own name (or another case of it) is fine.
    await expect(renameGroup(member, { groupId: vip.id, name: "Vip" }, testMeta())).resolves.toMatchObject({
      name: "Vip",
    });
    // Another organization may use the same name.
    const elsewhere = await clientOrganization();
    await expect(createGroup(elsewhere.member, { name: "VIP" }, testMeta())).resolves.toMatchObject({ name: "VIP" });
  });

  it("refuses empty and overlong names", async () => {
    const { member } = await clientOrganization();
    for (const name of ["", "   ", "x".repeat(81), undefined]) {
      const error = await expectAppError(createGroup(member, { name }, testMeta()), "invalid_input");
      expect(Object.keys(error.details.fieldErrors ?? {})).toEqual(["name"]);
    }
  });

  it("replaces a client's groups, and an empty set removes them all", async () => {
    const { organization, member } = await clientOrganization();
    const [a, b, c] = await Promise.all(["A", "B", "C"].map((name) => createGroup(member, { name }, testMeta())));
    const client = await addClient(member);
    await setClientGroups(member, { clientId: client.id, groupIds: [a!.id, b!.id] }, testMeta());
    await setClientGroups(member, { clientId: client.id, groupIds: [c!.id, b!.id] }, testMeta());
    expect((await getClient(member, client.id)).groups.map((group) => group.name)).toEqual(["B", "C"]);
    await setClientGroups(member, { clientId: client.id, groupIds: [] }, testMeta());
    expect((await getClient(member, client.id)).groups).toEqual([]);
    const audit = await db.auditLog.findMany({
      where: { organizationId: organization.id, action: "client.groups_changed", targetId: client.id },
    });
    expect(audit).toHaveLength(3);
  });

  it("an ACCOUNTANT lists groups but cannot create, rename, delete or assign them", async () => {
    const { organization, member: owner } = await clientOrganization();
    const group = await createGroup(owner, { name: "VIP" }, testMeta());
    const client = await addClient(owner);
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, organization.id, "clients.read");
    expect((await listGroups(accountant)).map((row) => row.name)).toEqual(["VIP"]);
    const before = await clientSnapshot(organization.id);
    for (const attempt of [
      createGroup(accountant, { name: "Nouveau" }, testMeta()),
      renameGroup(accountant, { groupId: group.id, name: "Autre" }, testMeta()),
      deleteGroup(accountant, { groupId: group.id }, testMeta()),
      setClientGroups(accountant, { clientId: client.id, groupIds: [group.id] }, testMeta()),
    ]) {
      await expectAppError(attempt, "forbidden");
    }
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("a MEMBER manages groups", async () => {
    const { organization } = await clientOrganization();
    const { user } = await addMember(organization.id, "MEMBER");
    const member = await actingAs(user.id, organization.id, "clients.write");
    const group = await createGroup(member, { name: "Fidèles" }, testMeta());
    await renameGroup(member, { groupId: group.id, name: "Très fidèles" }, testMeta());
    await deleteGroup(member, { groupId: group.id }, testMeta());
    expect(await listGroups(member)).toEqual([]);
  });
});
