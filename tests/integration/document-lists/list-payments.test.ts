import { paymentSorts } from "@/lib/documents/lists/document-list-query";
import { listPayments } from "@/lib/documents/lists/list-payments";
import type { PaymentPage } from "@/lib/documents/lists/find-payment-page";
import { addClient, clientOrganization, companyInput } from "../../support/client-factories";
import { daysAgo, insertDocument, pay, today } from "./list-fixtures";

// The payments list: date range, method, client, search by reference or invoice number,
// sorts with stable pages, and the count and sum of the filtered set.

async function world() {
  const { organization, member } = await clientOrganization();
  const alpha = await addClient(member, companyInput({ legalName: "Alpha Conseil", emails: ["a@alpha.example"] }));
  const beta = await addClient(member, companyInput({ legalName: "Bêta Travaux", emails: ["b@beta.example"] }));
  const org = organization.id;
  const invoiceA = await insertDocument(org, alpha.id, { issueDate: daysAgo(60), exclCents: 100_000 }); // F-…-00001
  const invoiceB = await insertDocument(org, beta.id, { issueDate: daysAgo(50), exclCents: 100_000 }); // F-…-00002
  const deposit = await insertDocument(org, beta.id, { type: "DEPOSIT_INVOICE", issueDate: daysAgo(40) }); // AC-…-00001
  const payments = {
    a1: await pay(invoiceA, 10_000, { date: daysAgo(30), method: "TRANSFER", reference: "VIR-2026-0001" }),
    a2: await pay(invoiceA, 20_000, { date: daysAgo(20), method: "CHEQUE", reference: "CHQ 1234567" }),
    a3: await pay(invoiceA, 30_000, { date: daysAgo(10), method: "CARD", reference: null }),
    b1: await pay(invoiceB, 40_000, { date: daysAgo(25), method: "TRANSFER", reference: "vir-2026-0002" }),
    b2: await pay(invoiceB, 5_000, { date: daysAgo(25), method: "CASH", reference: "Espèces 50%" }),
    d1: await pay(deposit, 12_000, { date: daysAgo(5), method: "OTHER", reference: "PayPal" }),
  };
  return { organization, member, clients: { alpha, beta }, invoices: { invoiceA, invoiceB, deposit }, payments };
}

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

const ids = (page: PaymentPage) => page.items.map((item) => item.id);

describe("listPayments", () => {
  it("lists payments newest first with invoice number and client, count and sum of the set", async () => {
    const page = await listPayments(w.member, {});
    const p = w.payments;
    expect(page).toMatchObject({ total: 6, page: 1, pageCount: 1 });
    expect(page.totals).toEqual({ amountCents: 117_000 });
    // Same day: the id decides (descending too).
    expect(ids(page)).toEqual([p.d1.id, p.a3.id, p.a2.id, ...[p.b1.id, p.b2.id].sort().reverse(), p.a1.id]);
    expect(page.items[0]).toEqual({
      id: p.d1.id,
      date: daysAgo(5),
      amountCents: 12_000,
      method: "OTHER",
      reference: "PayPal",
      invoice: { id: w.invoices.deposit.id, type: "DEPOSIT_INVOICE", number: `AC-${today.slice(0, 4)}-00001` },
      client: { id: w.clients.beta.id, name: "Bêta Travaux" },
    });
  });

  it("filters by date range (inclusive), method and client, with the sum of the set", async () => {
    const p = w.payments;
    const range = await listPayments(w.member, { from: daysAgo(25), to: daysAgo(10) });
    expect(ids(range).sort()).toEqual([p.a2.id, p.a3.id, p.b1.id, p.b2.id].sort());
    expect(range.totals.amountCents).toBe(95_000);
    const transfers = await listPayments(w.member, { method: "TRANSFER" });
    expect(ids(transfers).sort()).toEqual([p.a1.id, p.b1.id].sort());
    const beta = await listPayments(w.member, { client: w.clients.beta.id });
    expect(ids(beta).sort()).toEqual([p.b1.id, p.b2.id, p.d1.id].sort());
    expect(beta.totals.amountCents).toBe(57_000);
    expect((await listPayments(w.member, { client: w.clients.beta.id, method: "CHEQUE" })).total).toBe(0);
    expect((await listPayments(w.member, { method: "BITCOIN" })).total).toBe(6);
  });

  it("searches references and invoice numbers, any case, wildcards taken literally", async () => {
    const p = w.payments;
    expect(ids(await listPayments(w.member, { q: "VIR-2026" })).sort()).toEqual([p.a1.id, p.b1.id].sort());
    expect(ids(await listPayments(w.member, { q: "1234" }))).toEqual([p.a2.id]);
    const byNumber = await listPayments(w.member, { q: `f-${today.slice(0, 4)}-00002` });
    expect(ids(byNumber).sort()).toEqual([p.b1.id, p.b2.id].sort());
    expect(byNumber.totals.amountCents).toBe(45_000);
    expect(ids(await listPayments(w.member, { q: "50%" }))).toEqual([p.b2.id]);
    expect((await listPayments(w.member, { q: "%" })).total).toBe(1);
    expect((await listPayments(w.member, { q: "ac-" })).items.map((item) => item.id)).toEqual([p.d1.id]);
  });

  it.each(paymentSorts)("sorts by %s both ways, pages never overlap", async (sort) => {
    for (const dir of ["asc", "desc"] as const) {
      const all = ids(await listPayments(w.member, { sort, dir }));
      const seen: string[] = [];
      for (const page of ["1", "2"])
        seen.push(...ids(await listPayments(w.member, { sort, dir, page, pageSize: "5" })));
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(6);
    }
    const asc = await listPayments(w.member, { sort, dir: "asc" });
    const desc = await listPayments(w.member, { sort, dir: "desc" });
    expect(ids(desc)).toEqual(ids(asc).reverse());
    if (sort === "amount") {
      expect(asc.items.map((item) => item.amountCents)).toEqual([5_000, 10_000, 12_000, 20_000, 30_000, 40_000]);
    }
    if (sort === "client") {
      expect(asc.items.map((item) => item.client.name).slice(0, 3)).toEqual(Array(3).fill("Alpha Conseil"));
    }
  });
});
