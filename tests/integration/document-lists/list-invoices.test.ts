import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { DISPLAY_STATUSES, balanceCents, displayStatus, type DisplayStatus } from "@/lib/documents/document-status";
import { documentSorts, type DocumentSort } from "@/lib/documents/lists/document-list-query";
import { listCreditNotes, listInvoices, listQuotes } from "@/lib/documents/lists/list-documents";
import type { DocumentPage } from "@/lib/documents/lists/find-document-page";
import { addClient, clientOrganization, companyInput, personInput } from "../../support/client-factories";
import { actingAs, addMember } from "../../support/member-factories";
import { credit, daysAgo, inDays, insertDocument, pay, today } from "./list-fixtures";

// One organization with invoices in every display status, a few quotes and credit notes; each
// test reads the invoice list differently and compares it with what the TypeScript rule
// (displayStatus, balanceCents) says about the same rows, read back from the database.

async function world() {
  const { organization, member } = await clientOrganization();
  const dupont = await addClient(
    member,
    companyInput({ legalName: "Boulangerie Dupont", billingCity: "Lyon", emails: ["compta@dupont.example"] }),
  );
  const socgen = await addClient(
    member,
    companyInput({ legalName: "Société Générale", emails: ["factures@sg.example"] }),
  );
  const emond = await addClient(
    member,
    personInput({ firstName: "Zélie", lastName: "Émond", emails: ["zelie@mail.example"] }),
  );
  const org = organization.id;

  const draft = await insertDocument(org, dupont.id, { status: "DRAFT", exclCents: 5_000 });
  const issued = await insertDocument(org, dupont.id, {
    issueDate: daysAgo(5),
    dueDate: inDays(25),
    exclCents: 10_000,
  });
  const partial = await insertDocument(org, socgen.id, {
    issueDate: daysAgo(10),
    dueDate: inDays(20),
    exclCents: 20_000,
  });
  await pay(partial, 10_000, { reference: "VIR-PARTIEL", method: "CHEQUE" });
  const overdue = await insertDocument(org, socgen.id, {
    issueDate: daysAgo(60),
    dueDate: daysAgo(30),
    exclCents: 30_000,
  });
  const overduePartial = await insertDocument(org, emond.id, {
    issueDate: daysAgo(45),
    dueDate: daysAgo(15),
    exclCents: 40_000,
  });
  await pay(overduePartial, 5_000);
  const paid = await insertDocument(org, emond.id, { issueDate: daysAgo(90), dueDate: daysAgo(60), exclCents: 50_000 });
  await pay(paid, 20_000);
  await pay(paid, 40_000);
  const cancelled = await insertDocument(org, dupont.id, {
    issueDate: daysAgo(20),
    dueDate: inDays(10),
    exclCents: 60_000,
  });
  await credit(cancelled, 60_000);
  const creditedAndPaid = await insertDocument(org, socgen.id, {
    issueDate: daysAgo(30),
    dueDate: today,
    exclCents: 70_000,
  });
  await credit(creditedAndPaid, 20_000);
  await pay(creditedAndPaid, 60_000);
  const deposit = await insertDocument(org, emond.id, {
    type: "DEPOSIT_INVOICE",
    issueDate: daysAgo(3),
    dueDate: inDays(27),
    exclCents: 80_000,
  });
  const dueToday = await insertDocument(org, dupont.id, { issueDate: daysAgo(30), dueDate: today, exclCents: 15_000 });

  // Numbers in insertion order: F-…-00001 issued, 00002 partial, … 00008 dueToday; AC-…-00001.
  // Not invoices: never in the invoice list.
  await insertDocument(org, dupont.id, { type: "QUOTE", status: "SENT", validUntil: inDays(10) });
  await insertDocument(org, dupont.id, {
    type: "QUOTE",
    status: "SENT",
    validUntil: daysAgo(1),
    issueDate: daysAgo(31),
  });
  await insertDocument(org, socgen.id, { type: "QUOTE", status: "ACCEPTED" });
  await insertDocument(org, socgen.id, { type: "QUOTE", status: "DRAFT" });
  await insertDocument(org, socgen.id, { type: "CREDIT_NOTE", status: "DRAFT", creditedInvoiceId: overdue.id });

  const invoices = {
    draft,
    issued,
    partial,
    overdue,
    overduePartial,
    paid,
    cancelled,
    creditedAndPaid,
    deposit,
    dueToday,
  };
  return { organization, member, clients: { dupont, socgen, emond }, invoices };
}

type World = Awaited<ReturnType<typeof world>>;

/** Every invoice of the organization as the list should show it, from the TypeScript rules. */
async function expectedRows(w: World) {
  const rows = await db.document.findMany({
    where: { organizationId: w.organization.id, type: { in: ["INVOICE", "DEPOSIT_INVOICE"] } },
    include: { client: { select: { id: true, name: true } } },
  });
  return rows.map((row) => {
    const day = (date: Date | null) => (date ? calendarFromDate(date) : null);
    const facts = {
      type: row.type,
      status: row.status,
      validUntil: day(row.validUntil),
      dueDate: day(row.dueDate),
      totalInclVatCents: row.totalInclVatCents,
      paidCents: row.paidCents,
      creditedCents: row.creditedCents,
    };
    return {
      id: row.id,
      type: row.type,
      number: row.number,
      issueDate: day(row.issueDate),
      dueDate: day(row.dueDate),
      client: { id: row.client.id, name: row.client.name },
      totalExclVatCents: row.totalExclVatCents,
      totalInclVatCents: row.totalInclVatCents,
      balanceCents: row.status === "ISSUED" ? balanceCents(facts) : null,
      displayStatus: displayStatus(facts, today),
    };
  });
}

type Row = Awaited<ReturnType<typeof expectedRows>>[number];

/** PostgreSQL's order: ascending puts nulls last, descending is the exact reverse. */
function compareAsc(sort: DocumentSort) {
  const key = (row: Row): string | number | null => {
    switch (sort) {
      case "number":
        return row.number;
      case "date":
        return row.issueDate;
      case "dueDate":
        return row.dueDate;
      case "client":
        return row.client.name;
      case "total":
        return row.totalInclVatCents;
      case "status":
        return DISPLAY_STATUSES.indexOf(row.displayStatus);
    }
  };
  return (a: Row, b: Row) => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

function totalsOf(rows: Row[]) {
  return {
    totalExclVatCents: rows.reduce((sum, row) => sum + row.totalExclVatCents, 0),
    totalInclVatCents: rows.reduce((sum, row) => sum + row.totalInclVatCents, 0),
    balanceDueCents: rows.reduce((sum, row) => sum + (row.balanceCents ?? 0), 0),
  };
}

const ids = (page: DocumentPage) => page.items.map((item) => item.id);
const sortedIds = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

let w: World;
let all: Row[];

beforeAll(async () => {
  w = await world();
  all = await expectedRows(w);
});

describe("listInvoices", () => {
  it("lists invoices and deposit invoices, newest issue date first (drafts without a date on top), with row shape and totals", async () => {
    const page = await listInvoices(w.member, {});
    expect(page).toMatchObject({ total: 10, page: 1, pageSize: 25, pageCount: 1 });
    expect(ids(page)).toEqual(
      [...all]
        .sort(compareAsc("date"))
        .reverse()
        .map((row) => row.id),
    );
    expect(page.items[0]!.id).toBe(w.invoices.draft.id);
    // Rows are exactly what the TypeScript rule says about the same facts.
    expect([...page.items].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...all].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const draft = page.items.find((item) => item.id === w.invoices.draft.id)!;
    expect(draft).toMatchObject({ number: null, issueDate: null, balanceCents: null, displayStatus: "DRAFT" });
    const deposit = page.items.find((item) => item.id === w.invoices.deposit.id)!;
    expect(deposit).toMatchObject({
      type: "DEPOSIT_INVOICE",
      number: `AC-${today.slice(0, 4)}-00001`,
      issueDate: daysAgo(3),
      dueDate: inDays(27),
      client: { id: w.clients.emond.id, name: "Zélie Émond" },
      totalExclVatCents: 80_000,
      totalInclVatCents: 96_000,
      balanceCents: 96_000,
      displayStatus: "ISSUED",
    });
    expect(page.totals).toEqual(totalsOf(all));
  });

  it("computes every display status in SQL as displayStatus does", async () => {
    const page = await listInvoices(w.member, {});
    const statusOf = (id: string) => page.items.find((item) => item.id === id)!.displayStatus;
    const expected: Record<keyof World["invoices"], DisplayStatus> = {
      draft: "DRAFT",
      issued: "ISSUED",
      partial: "PARTIALLY_PAID",
      overdue: "OVERDUE",
      overduePartial: "OVERDUE",
      paid: "PAID",
      cancelled: "CANCELLED",
      creditedAndPaid: "PAID",
      deposit: "ISSUED",
      dueToday: "ISSUED",
    };
    for (const [name, status] of Object.entries(expected)) {
      expect([name, statusOf(w.invoices[name as keyof World["invoices"]].id)]).toEqual([name, status]);
    }
  });

  it.each(["DRAFT", "ISSUED", "PARTIALLY_PAID", "OVERDUE", "PAID", "CANCELLED"] as const)(
    "filters by display status %s, with the totals of that set",
    async (status) => {
      const page = await listInvoices(w.member, { status });
      const expected = all.filter((row) => row.displayStatus === status);
      expect(expected.length).toBeGreaterThan(0);
      expect(sortedIds(page.items)).toEqual(sortedIds(expected));
      expect(page.total).toBe(expected.length);
      expect(page.totals).toEqual(totalsOf(expected));
    },
  );

  it("overdue only: past due with something left to pay (due today is not overdue)", async () => {
    const page = await listInvoices(w.member, { overdue: "1" });
    expect(sortedIds(page.items)).toEqual(sortedIds([w.invoices.overdue, w.invoices.overduePartial]));
    expect(page.totals.balanceDueCents).toBe(36_000 + 48_000 - 5_000);
    // Combined with another status it narrows, never widens.
    expect((await listInvoices(w.member, { overdue: "true", status: "PAID" })).total).toBe(0);
  });

  it("filters by client", async () => {
    const page = await listInvoices(w.member, { client: w.clients.socgen.id });
    expect(sortedIds(page.items)).toEqual(sortedIds(all.filter((row) => row.client.id === w.clients.socgen.id)));
    expect(page.totals).toEqual(totalsOf(all.filter((row) => row.client.id === w.clients.socgen.id)));
    expect((await listInvoices(w.member, { client: "no-such-client" })).total).toBe(0);
  });

  it("filters by issue date range, bounds included; a bad date is no bound", async () => {
    const page = await listInvoices(w.member, { from: daysAgo(30), to: daysAgo(10) });
    expect(sortedIds(page.items)).toEqual(
      sortedIds([w.invoices.partial, w.invoices.cancelled, w.invoices.creditedAndPaid, w.invoices.dueToday]),
    );
    const from = await listInvoices(w.member, { from: daysAgo(5) });
    expect(sortedIds(from.items)).toEqual(sortedIds([w.invoices.issued, w.invoices.deposit]));
    expect((await listInvoices(w.member, { from: "2026-02-30", to: "hier" })).total).toBe(10);
  });

  it("filters by total incl. VAT typed as money, bounds included", async () => {
    // Totals incl. VAT: 60, 120, 240, 360, 480, 600, 720, 840, 960, 180 €.
    const page = await listInvoices(w.member, { min: "300", max: "600,00 €" });
    expect(sortedIds(page.items)).toEqual(sortedIds([w.invoices.overdue, w.invoices.overduePartial, w.invoices.paid]));
    expect(page.totals).toMatchObject({ totalExclVatCents: 120_000, totalInclVatCents: 144_000 });
    expect((await listInvoices(w.member, { min: "959,99" })).items.map((item) => item.id)).toEqual([
      w.invoices.deposit.id,
    ]);
    expect((await listInvoices(w.member, { max: "1 234,5" })).total).toBe(10);
    // Not an amount (three decimals, letters): no bound rather than an error.
    expect((await listInvoices(w.member, { min: "1,234", max: "abc" })).total).toBe(10);
  });

  it("searches numbers by substring, any case", async () => {
    const year = today.slice(0, 4);
    const page = await listInvoices(w.member, { q: `f-${year}-00002` });
    expect(ids(page)).toEqual([w.invoices.partial.id]);
    expect((await listInvoices(w.member, { q: "AC-" })).items.map((item) => item.id)).toEqual([w.invoices.deposit.id]);
    // Short searches work too (without the trigram index).
    expect((await listInvoices(w.member, { q: "08" })).items.map((item) => item.id)).toEqual([w.invoices.dueToday.id]);
  });

  it("searches client names by substring, without accents or case, with the totals of the matches", async () => {
    const emondRows = all.filter((row) => row.client.id === w.clients.emond.id);
    for (const q of ["emond", "ÉMOND", "zélie ém"]) {
      const page = await listInvoices(w.member, { q });
      expect(sortedIds(page.items)).toEqual(sortedIds(emondRows));
      expect(page.totals).toEqual(totalsOf(emondRows));
    }
    const generale = await listInvoices(w.member, { q: "generale", status: "PAID" });
    expect(ids(generale)).toEqual([w.invoices.creditedAndPaid.id]);
  });

  it("takes LIKE wildcards literally", async () => {
    expect((await listInvoices(w.member, { q: "%" })).total).toBe(0);
    expect((await listInvoices(w.member, { q: "_" })).total).toBe(0);
  });

  it.each(documentSorts.flatMap((sort) => (["asc", "desc"] as const).map((dir) => [sort, dir] as const)))(
    "sorts by %s %s with the id as tie-breaker",
    async (sort, dir) => {
      const page = await listInvoices(w.member, { sort, dir });
      const expected = [...all].sort(compareAsc(sort));
      if (dir === "desc") expected.reverse();
      expect(ids(page)).toEqual(expected.map((row) => row.id));
    },
  );

  it("pages are stable: every row once, in order, whatever the sort; past the last page shows the last", async () => {
    for (const sort of documentSorts) {
      const seen: string[] = [];
      for (let pageNumber = 1; pageNumber <= 2; pageNumber += 1) {
        const page = await listInvoices(w.member, { sort, pageSize: "5", page: String(pageNumber) });
        expect(page).toMatchObject({ total: 10, pageSize: 5, pageCount: 2, page: pageNumber });
        // The totals are those of the filtered set, not of the page.
        expect(page.totals).toEqual(totalsOf(all));
        seen.push(...ids(page));
      }
      expect(new Set(seen).size).toBe(10);
      const desc = [...all].sort(compareAsc(sort)).reverse();
      expect(seen).toEqual(desc.map((row) => row.id));
    }
    const past = await listInvoices(w.member, { pageSize: "5", page: "9" });
    expect(past.page).toBe(2);
    expect(past.items).toHaveLength(5);
  });

  it("bad parameters fall back to their defaults", async () => {
    const page = await listInvoices(w.member, {
      sort: "drop table",
      dir: "sideways",
      page: "-3",
      pageSize: "100000",
      status: "EXPIRED",
      overdue: "maybe",
    });
    expect(page).toMatchObject({ total: 10, page: 1, pageSize: 25 });
  });

  it("an accountant (read-only) sees the list too", async () => {
    const { user } = await addMember(w.organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, w.organization.id, "documents.read");
    expect((await listInvoices(accountant, {})).total).toBe(10);
  });

  it("an empty result has zero totals and one (empty) page", async () => {
    const page = await listInvoices(w.member, { q: "nothing-like-this" });
    expect(page).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
    expect(page.totals).toEqual({ totalExclVatCents: 0, totalInclVatCents: 0, balanceDueCents: 0 });
  });
});

describe("listQuotes and listCreditNotes", () => {
  it("quotes: only quotes, with EXPIRED derived from the validity date", async () => {
    const page = await listQuotes(w.member, {});
    expect(page.total).toBe(4);
    expect(page.items.every((item) => item.type === "QUOTE" && item.balanceCents === null)).toBe(true);
    expect(page.items.map((item) => item.displayStatus).sort()).toEqual(["ACCEPTED", "DRAFT", "EXPIRED", "SENT"]);
    const expired = await listQuotes(w.member, { status: "EXPIRED" });
    expect(expired.items.map((item) => item.issueDate)).toEqual([daysAgo(31)]);
    expect((await listQuotes(w.member, { status: "SENT" })).total).toBe(1);
    expect(page.totals.balanceDueCents).toBe(0);
    // A status the list does not offer is no filter.
    expect((await listQuotes(w.member, { status: "PAID" })).total).toBe(4);
  });

  it("credit notes: issued and draft ones, searchable by number, with their totals", async () => {
    const page = await listCreditNotes(w.member, { sort: "number", dir: "asc" });
    expect(page.items.map((item) => [item.number, item.displayStatus])).toEqual([
      [`AV-${today.slice(0, 4)}-00001`, "ISSUED"],
      [`AV-${today.slice(0, 4)}-00002`, "ISSUED"],
      [null, "DRAFT"],
    ]);
    expect(page.totals).toEqual({ totalExclVatCents: 90_000, totalInclVatCents: 108_000, balanceDueCents: 0 });
    expect((await listCreditNotes(w.member, { q: "av-" })).total).toBe(2);
    expect((await listCreditNotes(w.member, { status: "DRAFT" })).total).toBe(1);
  });
});
