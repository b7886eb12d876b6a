import { getClientBalance, listClientDocuments } from "@/lib/documents/lists/client-documents";
import { addClient, clientOrganization, companyInput } from "../../support/client-factories";
import { expectAppError } from "../../support/member-factories";
import { credit, daysAgo, inDays, insertDocument, pay } from "./list-fixtures";

// The documents section of a client page: every document of that client, and what the
// client owes, computed in SQL from the documents and their payments and credit notes.

async function clientWithDocuments() {
  const { organization, member } = await clientOrganization();
  const client = await addClient(member, companyInput({ legalName: "Menuiserie Lambert" }));
  const other = await addClient(member, companyInput({ legalName: "Garage Martin" }));
  const org = organization.id;
  // Owed: 120 € unpaid (not yet due), 240 € − 100 € paid (overdue), 360 € − 120 € credited (overdue).
  const unpaid = await insertDocument(org, client.id, {
    issueDate: daysAgo(2),
    dueDate: inDays(28),
    exclCents: 10_000,
  });
  const partlyPaid = await insertDocument(org, client.id, {
    issueDate: daysAgo(50),
    dueDate: daysAgo(20),
    exclCents: 20_000,
  });
  await pay(partlyPaid, 10_000);
  const partlyCredited = await insertDocument(org, client.id, {
    type: "DEPOSIT_INVOICE",
    issueDate: daysAgo(40),
    dueDate: daysAgo(10),
    exclCents: 30_000,
  });
  const creditNote = await credit(partlyCredited, 10_000);
  // Not owed: paid, cancelled, draft, quote.
  const paid = await insertDocument(org, client.id, {
    issueDate: daysAgo(70),
    dueDate: daysAgo(40),
    exclCents: 40_000,
  });
  await pay(paid, 48_000);
  const cancelled = await insertDocument(org, client.id, { issueDate: daysAgo(5), exclCents: 50_000 });
  await credit(cancelled, 50_000);
  const draft = await insertDocument(org, client.id, { status: "DRAFT", exclCents: 60_000 });
  const quote = await insertDocument(org, client.id, { type: "QUOTE", status: "SENT", validUntil: inDays(5) });
  // Another client's invoice: not this client's balance.
  await insertDocument(org, other.id, { exclCents: 99_000 });
  return {
    organization,
    member,
    client,
    other,
    unpaid,
    partlyPaid,
    partlyCredited,
    creditNote,
    paid,
    cancelled,
    draft,
    quote,
  };
}

describe("client documents and balance", () => {
  it("the balance sums what is left on issued invoices and deposit invoices, after payments and credit notes", async () => {
    const w = await clientWithDocuments();
    expect(await getClientBalance(w.member, w.client.id)).toEqual({
      balanceCents: 12_000 + (24_000 - 10_000) + (36_000 - 12_000),
      overdueCents: 24_000 - 10_000 + (36_000 - 12_000),
    });
    expect(await getClientBalance(w.member, w.other.id)).toEqual({ balanceCents: 118_800, overdueCents: 0 });
    const { member } = await clientOrganization();
    const newcomer = await addClient(member);
    expect(await getClientBalance(member, newcomer.id)).toEqual({ balanceCents: 0, overdueCents: 0 });
  });

  it("lists every document of the client (quotes, invoices, deposit invoices, credit notes), filterable by type", async () => {
    const w = await clientWithDocuments();
    const page = await listClientDocuments(w.member, w.client.id, {});
    expect(page.total).toBe(9);
    expect(page.items.every((item) => item.client.id === w.client.id)).toBe(true);
    expect(new Set(page.items.map((item) => item.type))).toEqual(
      new Set(["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE", "QUOTE"]),
    );
    // Its balance due is the client's balance.
    expect(page.totals.balanceDueCents).toBe((await getClientBalance(w.member, w.client.id)).balanceCents);

    const creditNotes = await listClientDocuments(w.member, w.client.id, { type: "CREDIT_NOTE" });
    expect(creditNotes.items.map((item) => [item.displayStatus, item.balanceCents])).toEqual([
      ["ISSUED", null],
      ["ISSUED", null],
    ]);
    const overdue = await listClientDocuments(w.member, w.client.id, {
      status: "OVERDUE",
      sort: "dueDate",
      dir: "asc",
    });
    expect(overdue.items.map((item) => item.id)).toEqual([w.partlyPaid.id, w.partlyCredited.id]);
    expect(overdue.items.map((item) => item.balanceCents)).toEqual([14_000, 24_000]);
    const quotes = await listClientDocuments(w.member, w.client.id, { type: "QUOTE" });
    expect(quotes.items.map((item) => [item.id, item.displayStatus])).toEqual([[w.quote.id, "SENT"]]);
  });

  it("another organization's client is not found, for the list and the balance", async () => {
    const w = await clientWithDocuments();
    const { member: stranger } = await clientOrganization();
    await expectAppError(listClientDocuments(stranger, w.client.id, {}), "client_not_found");
    await expectAppError(getClientBalance(stranger, w.client.id), "client_not_found");
    await expectAppError(getClientBalance(stranger, ""), "client_not_found");
  });
});
