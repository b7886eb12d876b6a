import { getClientBalance, listClientDocuments } from "@/lib/documents/lists/client-documents";
import { listCreditNotes, listInvoices, listQuotes } from "@/lib/documents/lists/list-documents";
import { listPayments } from "@/lib/documents/lists/list-payments";
import { addClient, clientOrganization, companyInput } from "../../support/client-factories";
import { expectAppError } from "../../support/member-factories";
import { credit, insertDocument, pay, today } from "./list-fixtures";

// Two organizations with the same client name, the same document numbers and the same
// payment references: every list of one shows only its own, whatever the search, and the
// other's client ids as filters give nothing.

async function organizationWithDocuments() {
  const { organization, member } = await clientOrganization();
  const client = await addClient(
    member,
    companyInput({ legalName: "Imprimerie Jumelle", emails: ["contact@jumelle.example"] }),
  );
  const org = organization.id;
  const invoice = await insertDocument(org, client.id, { number: `F-${today.slice(0, 4)}-00042` });
  await pay(invoice, 1_000, { reference: "VIR-JUMEAU" });
  await credit(invoice, 1_000);
  await insertDocument(org, client.id, { type: "QUOTE", number: "D-JUMEAU-1" });
  await insertDocument(org, client.id, { type: "DEPOSIT_INVOICE", number: "AC-JUMEAU-1" });
  return { organization, member, client, invoice };
}

it("another organization's documents and payments never appear, and its client ids filter to nothing", async () => {
  const mine = await organizationWithDocuments();
  const theirs = await organizationWithDocuments();

  const lists = [listQuotes, listInvoices, listCreditNotes, listPayments] as const;
  for (const list of lists) {
    for (const q of ["", "jumelle", "imprimerie", "00042", "jumeau", "-"]) {
      const page = await list(mine.member, { q });
      const ids = page.items.map((item) => item.id);
      expect(page.items.every((item) => item.client.id === mine.client.id)).toBe(true);
      expect(ids).not.toContain(theirs.invoice.id);
      expect(page.total).toBe(page.items.length);
    }
    const filtered = await list(mine.member, { client: theirs.client.id });
    expect([list.name, filtered.total, filtered.items]).toEqual([list.name, 0, []]);
    // Their client id plus a search that matches their documents: still nothing.
    expect((await list(mine.member, { client: theirs.client.id, q: "jumelle" })).total).toBe(0);
  }
  // Each organization sees its own two invoices (the invoice and the deposit invoice).
  expect((await listInvoices(mine.member, { q: "jumelle" })).total).toBe(2);
  expect((await listInvoices(theirs.member, { q: "jumelle" })).total).toBe(2);
  expect((await listPayments(theirs.member, { q: "VIR-JUMEAU" })).items.map((item) => item.client.id)).toEqual([
    theirs.client.id,
  ]);
  // The totals are of the organization's own documents.
  const all = await listInvoices(mine.member, {});
  expect(all.totals.totalInclVatCents).toBe(2 * 12_000);

  await expectAppError(listClientDocuments(mine.member, theirs.client.id, {}), "client_not_found");
  await expectAppError(getClientBalance(mine.member, theirs.client.id), "client_not_found");
});
