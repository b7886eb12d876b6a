import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { addDays, dateFromCalendar } from "@/lib/documents/calendar-date";
import { displayStatus, displayStatusSql, type StatusFacts } from "@/lib/documents/document-status";
import { findDocumentPage, scopeOfList } from "@/lib/documents/lists/find-document-page";
import { documentListQuerySchema } from "@/lib/documents/lists/document-list-query";
import { findDueReminders } from "@/lib/reminders/find-due-reminders";
import { addClient, clientOrganization } from "../../support/client-factories";

// displayStatusSql must say what displayStatus says about the same facts. A table of cases
// (every lifecycle status of every type, dates before/on/after today, nothing/part/all paid
// or credited) is written as rows, then read back through the SQL expression — and through
// the list's status filter, which adds conditions of its own on plain columns, and through the
// reminders' choice of overdue invoices (the same statusCondition).

const TODAY = "2026-03-15";
const before = addDays(TODAY, -1);
const after = addDays(TODAY, 1);

type Case = Omit<StatusFacts, "totalInclVatCents"> & { totalInclVatCents?: number };

const cases: Case[] = [];
const money: [number, number][] = [
  [0, 0], // nothing paid
  [4_000, 0], // part paid
  [12_000, 0], // all paid
  [0, 12_000], // fully credited
  [0, 5_000], // part credited
  [7_000, 5_000], // credited and paid the rest
  [2_000, 5_000], // credited, part paid
];
for (const type of ["INVOICE", "DEPOSIT_INVOICE"] as const) {
  for (const status of ["DRAFT", "ISSUED"] as const) {
    for (const dueDate of [null, before, TODAY, after]) {
      for (const [paidCents, creditedCents] of status === "ISSUED" ? money : [[0, 0] as const]) {
        cases.push({ type, status, validUntil: null, dueDate, paidCents, creditedCents });
      }
    }
  }
}
for (const status of ["DRAFT", "SENT", "ACCEPTED", "DECLINED", "INVOICED"] as const) {
  for (const validUntil of [null, before, TODAY, after]) {
    cases.push({ type: "QUOTE", status, validUntil, dueDate: null, paidCents: 0, creditedCents: 0 });
  }
}
for (const status of ["DRAFT", "ISSUED"] as const) {
  cases.push({ type: "CREDIT_NOTE", status, validUntil: null, dueDate: before, paidCents: 0, creditedCents: 0 });
}
// A zero-total issued invoice: nothing to pay, nothing credited.
cases.push({
  type: "INVOICE",
  status: "ISSUED",
  validUntil: null,
  dueDate: before,
  paidCents: 0,
  creditedCents: 0,
  totalInclVatCents: 0,
});

it("displayStatusSql agrees with displayStatus on every case, and so do the list's status filter and the reminders", async () => {
  const { organization, member } = await clientOrganization();
  const client = await addClient(member);
  const day = (value: string | null) => (value ? dateFromCalendar(value) : null);
  // Facts written as they are (paidCents/creditedCents included): this checks the two rules
  // against each other, not the triggers that maintain the facts.
  const rows = await db.document.createManyAndReturn({
    data: cases.map((facts, index) => ({
      organizationId: organization.id,
      clientId: client.id,
      type: facts.type,
      status: facts.status,
      number: facts.status === "DRAFT" ? null : `T-${index}`,
      issueDate: day(addDays(TODAY, -30)),
      dueDate: day(facts.dueDate),
      validUntil: day(facts.validUntil),
      totalInclVatCents: facts.totalInclVatCents ?? 12_000,
      totalExclVatCents: facts.totalInclVatCents ?? 10_000,
      paidCents: facts.paidCents,
      creditedCents: facts.creditedCents,
    })),
    select: { id: true },
  });
  const expected = new Map(
    rows.map((row, index) => {
      const facts = cases[index]!;
      return [row.id, displayStatus({ ...facts, totalInclVatCents: facts.totalInclVatCents ?? 12_000 }, TODAY)];
    }),
  );

  const statusSql = Prisma.raw(displayStatusSql("d", `DATE '${TODAY}'`));
  const computed = await db.$queryRaw<{ id: string; status: string }[]>`
    SELECT d."id", ${statusSql} AS "status" FROM "Document" d WHERE d."organizationId" = ${organization.id}`;
  expect(computed).toHaveLength(cases.length);
  const mismatches = computed.filter((row) => row.status !== expected.get(row.id));
  expect(mismatches.map((row) => ({ case: cases[rows.findIndex((r) => r.id === row.id)], sql: row.status }))).toEqual(
    [],
  );
  // Every display status occurs in the table.
  expect(new Set(expected.values()).size).toBe(11);

  // The client page's list (every type) filtered by each status gives exactly those rows.
  const schema = documentListQuerySchema("client");
  const scope = scopeOfList(organization.id, "client", client.id);
  for (const status of new Set(expected.values())) {
    const page = await findDocumentPage(db, scope, schema.parse({ status, pageSize: "100" }), TODAY);
    const want = [...expected].filter(([, value]) => value === status).map(([id]) => id);
    expect([status, page.items.map((item) => item.id).sort()]).toEqual([status, want.sort()]);
  }
  // Overdue only = OVERDUE.
  const overdue = await findDocumentPage(db, scope, schema.parse({ overdue: "1", pageSize: "100" }), TODAY);
  expect(overdue.items.every((item) => item.displayStatus === "OVERDUE")).toBe(true);
  expect(overdue.total).toBe([...expected.values()].filter((value) => value === "OVERDUE").length);

  // The reminders pick exactly the OVERDUE ones (on TODAY; every overdue case is a day late, so a
  // first step at 1 day is reached by all of them).
  const scan = await findDueReminders({ organizationId: organization.id, today: TODAY, steps: [1] });
  const reminded = scan.due.map((due) => due.documentId);
  const overdueIds = [...expected].filter(([, value]) => value === "OVERDUE").map(([id]) => id);
  expect(reminded.sort()).toEqual(overdueIds.sort());
});
