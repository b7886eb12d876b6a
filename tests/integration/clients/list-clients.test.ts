import { archiveClient } from "@/lib/clients/archive-client";
import { hasAnyClient, listClients } from "@/lib/clients/list-clients";
import { db } from "@/lib/db/prisma";
import { testMeta } from "../../support/factories";
import { addClient, addGroup, clientOrganization, companyInput, personInput } from "../../support/client-factories";

// One organization with a known set of clients; every test reads it differently.
async function organizationWithClients() {
  const { organization, member } = await clientOrganization();
  const add = async (input: Parameters<typeof addClient>[1]) => {
    const created = await addClient(member, input);
    // Distinct creation times, in insertion order (createdAt sorts must be deterministic).
    await db.client.update({ where: { id: created.id }, data: { createdAt: new Date(Date.now() + order++ * 1000) } });
    return created;
  };
  let order = 0;
  const socgen = await add(companyInput({ legalName: "Société Générale", billingCity: "Paris" }));
  const boulangerie = await add(
    companyInput({ legalName: "Boulangerie Dupont", billingCity: "Lyon", billingPostalCode: "69001" }),
  );
  const zola = await add(
    personInput({ firstName: "Zélie", lastName: "Émond", billingCity: "Aix-en-Provence", billingPostalCode: "13100" }),
  );
  const anne = await add(
    personInput({
      firstName: "Anne",
      lastName: "Dupont",
      billingCity: "Orléans",
      billingPostalCode: "45000",
      emails: ["anne@mail.example"],
    }),
  );
  const archived = await add(
    companyInput({ legalName: "Ancienne SARL", billingCity: "Brest", billingPostalCode: "29200" }),
  );
  await archiveClient(member, archived.id, testMeta());
  const vip = await addGroup(organization.id, "VIP");
  const export_ = await addGroup(organization.id, "Export");
  for (const [clientId, groupId] of [
    [socgen.id, vip.id],
    [socgen.id, export_.id],
    [anne.id, vip.id],
    [archived.id, vip.id],
  ] as const) {
    await db.clientGroupMember.create({ data: { organizationId: organization.id, clientId, groupId } });
  }
  return { member, socgen, boulangerie, zola, anne, archived, vip, export_ };
}

const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

describe("listClients", () => {
  it("lists active clients by name by default, with group names, 25 a page", async () => {
    const { member } = await organizationWithClients();
    const page = await listClients(member, {});
    expect(names(page)).toEqual(["Anne Dupont", "Boulangerie Dupont", "Société Générale", "Zélie Émond"]);
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 25, pageCount: 1 });
    const socgen = page.items.find((item) => item.name === "Société Générale");
    expect(socgen).toMatchObject({ kind: "COMPANY", city: "Paris", groups: ["Export", "VIP"], archivedAt: null });
  });

  it("searches any case, any accent, any part of name, email, city", async () => {
    const { member } = await organizationWithClients();
    expect(names(await listClients(member, { q: "societe" }))).toEqual(["Société Générale"]);
    expect(names(await listClients(member, { q: "GÉNÉ" }))).toEqual(["Société Générale"]);
    expect(names(await listClients(member, { q: "dupont" })).sort()).toEqual(["Anne Dupont", "Boulangerie Dupont"]);
    expect(names(await listClients(member, { q: "EMOND" }))).toEqual(["Zélie Émond"]);
    expect(names(await listClients(member, { q: "anne@mail" }))).toEqual(["Anne Dupont"]);
    expect(names(await listClients(member, { q: "orleans" }))).toEqual(["Anne Dupont"]);
    expect(names(await listClients(member, { q: "  Aix-EN " }))).toEqual(["Zélie Émond"]);
    expect((await listClients(member, { q: "nobody-like-this" })).total).toBe(0);
  });

  it("filters by status, kind and group", async () => {
    const { member, vip, export_ } = await organizationWithClients();
    expect(names(await listClients(member, { status: "archived" }))).toEqual(["Ancienne SARL"]);
    expect((await listClients(member, { status: "all" })).total).toBe(5);
    expect(names(await listClients(member, { kind: "INDIVIDUAL" })).sort()).toEqual(["Anne Dupont", "Zélie Émond"]);
    expect(names(await listClients(member, { kind: "COMPANY", q: "dupont" }))).toEqual(["Boulangerie Dupont"]);
    expect(names(await listClients(member, { group: vip.id })).sort()).toEqual(["Anne Dupont", "Société Générale"]);
    expect(names(await listClients(member, { group: vip.id, status: "all" }))).toHaveLength(3);
    expect(names(await listClients(member, { group: export_.id }))).toEqual(["Société Générale"]);
    expect((await listClients(member, { group: "no-such-group" })).total).toBe(0);
  });

  // The names and cities differ from their first letter, so any collation (PGlite's, a
  // PostgreSQL server's) gives the same order.
  it("sorts by name, creation date and city, both ways", async () => {
    const { member } = await organizationWithClients();
    const byName = names(await listClients(member, { sort: "name", dir: "asc" }));
    expect(names(await listClients(member, { sort: "name", dir: "desc" }))).toEqual([...byName].reverse());
    expect(names(await listClients(member, { sort: "createdAt", dir: "asc" }))).toEqual([
      "Société Générale",
      "Boulangerie Dupont",
      "Zélie Émond",
      "Anne Dupont",
    ]);
    expect(names(await listClients(member, { sort: "createdAt", dir: "desc" }))).toEqual([
      "Anne Dupont",
      "Zélie Émond",
      "Boulangerie Dupont",
      "Société Générale",
    ]);
    const cities = (await listClients(member, { sort: "city", dir: "asc" })).items.map((item) => item.city);
    expect(cities).toEqual(["Aix-en-Provence", "Lyon", "Orléans", "Paris"]);
    const citiesDesc = (await listClients(member, { sort: "city", dir: "desc" })).items.map((item) => item.city);
    expect(citiesDesc).toEqual([...cities].reverse());
  });

  it("combines a search with every filter and sort", async () => {
    const { member, vip } = await organizationWithClients();
    expect(names(await listClients(member, { q: "dupont", sort: "name", dir: "desc" }))).toEqual([
      "Boulangerie Dupont",
      "Anne Dupont",
    ]);
    expect(names(await listClients(member, { q: "dupont", sort: "createdAt", dir: "asc" }))).toEqual([
      "Boulangerie Dupont",
      "Anne Dupont",
    ]);
    expect(names(await listClients(member, { q: "e", sort: "city" }))).toEqual([
      "Zélie Émond",
      "Boulangerie Dupont",
      "Anne Dupont",
      "Société Générale",
    ]);
    expect(names(await listClients(member, { q: "dupont", group: vip.id }))).toEqual(["Anne Dupont"]);
    expect(names(await listClients(member, { q: "sarl", status: "archived" }))).toEqual(["Ancienne SARL"]);
    expect(names(await listClients(member, { q: "sarl" }))).toEqual([]);
    expect(names(await listClients(member, { q: "sarl", status: "all", kind: "INDIVIDUAL" }))).toEqual([]);
    const found = await listClients(member, { q: "societe" });
    expect(found.items[0]).toMatchObject({ city: "Paris", groups: ["Export", "VIP"] });
  });

  it("takes % and _ in a search literally", async () => {
    const { member } = await clientOrganization();
    await addClient(member, companyInput({ legalName: "Remise 100% SARL" }));
    await addClient(member, companyInput({ legalName: "Remise 1000 SARL" }));
    await addClient(member, companyInput({ legalName: "AB_CD", emails: ["ab_cd@example.test"] }));
    await addClient(member, companyInput({ legalName: "ABXCD" }));
    expect(names(await listClients(member, { q: "100%" }))).toEqual(["Remise 100% SARL"]);
    expect(names(await listClients(member, { q: "b_c" }))).toEqual(["AB_CD"]);
  });

  it("pages through search results without overlap", async () => {
    const { member } = await clientOrganization();
    for (let i = 0; i < 7; i += 1) await addClient(member, companyInput({ legalName: `Trouvé ${i}` }));
    await addClient(member, companyInput({ legalName: "Autre" }));
    const first = await listClients(member, { q: "trouve", pageSize: "5" });
    const second = await listClients(member, { q: "trouve", pageSize: "5", page: "2" });
    expect(first).toMatchObject({ total: 7, pageCount: 2 });
    expect([...names(first), ...names(second)]).toEqual(Array.from({ length: 7 }, (_, i) => `Trouvé ${i}`));
    expect(names(await listClients(member, { q: "trouve", pageSize: "5", page: "9" }))).toEqual(names(second));
  });

  it("falls back to defaults for bad parameters instead of failing", async () => {
    const { member } = await organizationWithClients();
    const page = await listClients(member, {
      sort: "password",
      dir: "up",
      page: "-1",
      status: "deleted",
      kind: "ALIEN",
    });
    expect(page.total).toBe(4);
    expect(page.page).toBe(1);
  });

  it("pages without overlap or gap, and shows the last page past the end", async () => {
    const { member } = await clientOrganization();
    for (let i = 0; i < 12; i += 1)
      await addClient(member, companyInput({ legalName: `Client ${String(i).padStart(2, "0")}` }));
    const pages = [];
    for (let page = 1; page <= 3; page += 1)
      pages.push(await listClients(member, { pageSize: "5", page: String(page) }));
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2]);
    expect(pages.flatMap(names)).toEqual(Array.from({ length: 12 }, (_, i) => `Client ${String(i).padStart(2, "0")}`));
    expect(pages[0]).toMatchObject({ total: 12, pageCount: 3 });
    const past = await listClients(member, { pageSize: "5", page: "99" });
    expect(past.page).toBe(3);
    expect(names(past)).toEqual(names(pages[2]!));
    // 25 a page by default.
    for (let i = 12; i < 30; i += 1) await addClient(member, companyInput({ legalName: `Client ${i}` }));
    const first = await listClients(member, {});
    expect(first.items).toHaveLength(25);
    expect(first.pageCount).toBe(2);
  });

  it("tells an empty organization from an empty search", async () => {
    const { member } = await clientOrganization();
    expect(await hasAnyClient(member)).toBe(false);
    await addClient(member);
    expect(await hasAnyClient(member)).toBe(true);
  });
});
