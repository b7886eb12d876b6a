import { db } from "@/lib/db/prisma";
import { createClient } from "@/lib/clients/create-client";
import { updateClient } from "@/lib/clients/update-client";
import { getChartOfAccounts } from "@/lib/exports/fec/get-chart-of-accounts";
import { resetChartOfAccounts, updateChartOfAccounts } from "@/lib/exports/fec/update-chart-of-accounts";
import { testMeta } from "../../support/factories";
import { companyInput } from "../../support/client-factories";
import { documentWorkspace } from "../../support/document-factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

// The chart of accounts settings: saved per organization (only what differs from the default),
// read by the roles that get the FEC, changed by owners and admins only, nothing written on a
// bad number, another organization's chart never touched. And the client's auxiliary account.

async function owner() {
  const workspace = await documentWorkspace();
  const member = await actingAs(workspace.user.id, workspace.organization.id, "organization.update");
  return { ...workspace, owner: member };
}

const rows = (organizationId: string) =>
  db.accountingAccount.findMany({
    where: { organizationId },
    select: { slot: true, number: true },
    orderBy: { slot: "asc" },
  });

describe("chart of accounts settings", () => {
  it("saves what differs from the default, shows it, resets to the default, and audits each change", async () => {
    const { owner: member, organization } = await owner();
    await updateChartOfAccounts(
      member,
      { "revenue.SERVICE.2000": "706100", "vat.2000": "445712", clients: "411 100", bank: "" },
      testMeta(),
    );
    // 445712 is the default: no row; an empty field is the default too.
    expect(await rows(organization.id)).toEqual([
      { slot: "clients", number: "411100" },
      { slot: "revenue.SERVICE.2000", number: "706100" },
    ]);
    const view = await getChartOfAccounts(member);
    expect(view.find((row) => row.slot === "clients")).toEqual({
      slot: "clients",
      number: "411100",
      defaultNumber: "411000",
      custom: true,
    });
    expect(view.find((row) => row.slot === "bank")).toMatchObject({ number: "512000", custom: false });

    await updateChartOfAccounts(member, { "revenue.SERVICE.2000": "706200" }, testMeta());
    expect(await rows(organization.id)).toEqual([{ slot: "revenue.SERVICE.2000", number: "706200" }]);
    await resetChartOfAccounts(member, testMeta());
    expect(await rows(organization.id)).toEqual([]);

    const audits = await db.auditLog.findMany({
      where: { organizationId: organization.id, action: "organization.chart_of_accounts_updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((audit) => audit.metadata)).toEqual([
      { clients: { before: null, after: "411100" }, "revenue.SERVICE.2000": { before: null, after: "706100" } },
      { clients: { before: "411100", after: null }, "revenue.SERVICE.2000": { before: "706100", after: "706200" } },
      { "revenue.SERVICE.2000": { before: "706200", after: null } },
    ]);
  });

  it("writes nothing when a number is invalid, and says which field and why", async () => {
    const { owner: member, organization } = await owner();
    await updateChartOfAccounts(member, { cash: "531000" }, testMeta());
    const refused = await expectAppError(
      updateChartOfAccounts(
        member,
        { cash: "532000", clients: "41A000", "vat.1000": "706000", bank: "51" },
        testMeta(),
      ),
      "invalid_input",
    );
    expect(refused.details.fieldErrors).toEqual({
      clients: ["account_digits"],
      "vat.1000": ["account_class"],
      bank: ["account_length"],
    });
    expect(await rows(organization.id)).toEqual([{ slot: "cash", number: "531000" }]);
  });

  it("an accountant reads it but cannot change it; a member cannot read it", async () => {
    const { owner: member, organization } = await owner();
    await updateChartOfAccounts(member, { deposits: "419110" }, testMeta());
    const { user: accountantUser } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(accountantUser.id, organization.id, "exports.read");
    expect((await getChartOfAccounts(accountant)).find((row) => row.slot === "deposits")!.number).toBe("419110");
    await expectAppError(updateChartOfAccounts(accountant, { deposits: "419000" }, testMeta()), "forbidden");
    await expectAppError(resetChartOfAccounts(accountant, testMeta()), "forbidden");
    const { user: memberUser } = await addMember(organization.id, "MEMBER");
    const plain = await actingAs(memberUser.id, organization.id, "documents.read");
    await expectAppError(getChartOfAccounts(plain), "forbidden");
    expect(await rows(organization.id)).toEqual([{ slot: "deposits", number: "419110" }]);
  });

  it("never reads or changes another organization's chart", async () => {
    const mine = await owner();
    const theirs = await owner();
    await updateChartOfAccounts(mine.owner, { bank: "512100" }, testMeta());
    await updateChartOfAccounts(theirs.owner, { bank: "512900", cash: "531900" }, testMeta());
    await resetChartOfAccounts(theirs.owner, testMeta());
    expect(await rows(mine.organization.id)).toEqual([{ slot: "bank", number: "512100" }]);
    const view = await getChartOfAccounts(mine.owner);
    expect(view.filter((row) => row.custom).map((row) => [row.slot, row.number])).toEqual([["bank", "512100"]]);
  });
});

describe("a client's auxiliary account", () => {
  it("is stored in capitals, unique in the organization (a field error), and can go back to the generated one", async () => {
    const { organization, user } = await documentWorkspace();
    const writer = await actingAs(user.id, organization.id, "clients.write");
    const first = await createClient(writer, companyInput({ auxiliaryAccount: " cdupont " }), testMeta());
    expect((await db.client.findUniqueOrThrow({ where: { id: first.id } })).auxiliaryAccount).toBe("CDUPONT");

    const taken = await expectAppError(
      createClient(writer, companyInput({ auxiliaryAccount: "CDUPONT" }), testMeta()),
      "invalid_input",
    );
    expect(taken.details.fieldErrors).toEqual({ auxiliaryAccount: ["auxiliary_account_taken"] });
    const bad = await expectAppError(
      createClient(writer, companyInput({ auxiliaryAccount: "C-DUPONT" }), testMeta()),
      "invalid_input",
    );
    expect(bad.details.fieldErrors).toEqual({ auxiliaryAccount: ["auxiliary_account_invalid"] });

    // Another organization may use the same code.
    const other = await documentWorkspace();
    const otherWriter = await actingAs(other.user.id, other.organization.id, "clients.write");
    await createClient(otherWriter, companyInput({ auxiliaryAccount: "CDUPONT" }), testMeta());

    const second = await createClient(writer, companyInput(), testMeta());
    await expectAppError(
      updateClient(writer, second.id, companyInput({ auxiliaryAccount: "cdupont" }), testMeta()),
      "invalid_input",
    );
    await updateClient(writer, first.id, companyInput({ auxiliaryAccount: "" }), testMeta());
    expect((await db.client.findUniqueOrThrow({ where: { id: first.id } })).auxiliaryAccount).toBeNull();
  });
});
