import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { invoicesAsOfSql } from "@/lib/documents/lists/invoices-as-of";
import { recordPayment } from "@/lib/payments/record-payment";
import { testMeta } from "../../support/factories";
import { documentWorkspace, lineInput, makeIssuedInvoice } from "../../support/document-factories";

// invoicesAsOfSql starts from today's balances and takes back what happened after the day
// (payments dated later, credit notes issued later). Checked here against the plain rebuild from
// the rows, for every day of the history: each invoice's balance on that day, and which
// invoices are left out (exactly those with nothing to pay and nothing overpaid).

const today = calendarDate();
const ago = (days: number) => addDays(today, -days);

async function pay(member: MemberContext, invoiceId: string, date: string, amount: string) {
  await recordPayment(member, invoiceId, { date, amount, method: "TRANSFER" }, testMeta());
}

async function credit(member: MemberContext, invoiceId: string, amount: string, date: string) {
  const note = await createCreditNote(member, { invoiceId, mode: "AMOUNT", amount }, testMeta());
  await issueDocument(member, note.documentId, { issueDate: date }, testMeta());
}

type Balance = { id: string; paidCents: bigint; creditedCents: bigint };

it("gives each invoice's balance as it stood at the end of any day, and leaves out only the settled ones", async () => {
  const { member, client } = await documentWorkspace("OWNER");
  const invoice = (price: string, issued: number) =>
    makeIssuedInvoice(member, client.id, { lines: [lineInput({ unitPrice: price })] }, { issueDate: ago(issued) });
  // 120,00 € incl. VAT each (100 + 20 %), issued oldest first.
  const paidEarly = await invoice("100,00", 40); // paid in full 35 days ago
  const paidLate = await invoice("100,00", 39); // paid in two halves, 30 and 5 days ago
  const credited = await invoice("100,00", 38); // credited 60 €, 20 days ago; 60 € paid 2 days ago
  const open = await invoice("100,00", 37); // 20 € paid 10 days ago
  const untouched = await invoice("100,00", 12); // issued 12 days ago, nothing since
  await pay(member, paidEarly.id, ago(35), "120,00");
  await pay(member, paidLate.id, ago(30), "60,00");
  await pay(member, paidLate.id, ago(5), "60,00");
  await credit(member, credited.id, "60,00", ago(20));
  await pay(member, credited.id, ago(2), "60,00");
  await pay(member, open.id, ago(10), "20,00");
  const ids = [paidEarly, paidLate, credited, open, untouched].map((doc) => doc.id);

  // The plain rebuild: every row up to the day.
  const [payments, notes, invoices] = await Promise.all([
    db.payment.findMany({
      where: { documentId: { in: ids } },
      select: { documentId: true, date: true, amountCents: true },
    }),
    db.document.findMany({
      where: { creditedInvoiceId: { in: ids }, status: "ISSUED" },
      select: { creditedInvoiceId: true, issueDate: true, totalInclVatCents: true },
    }),
    db.document.findMany({
      where: { id: { in: ids } },
      select: { id: true, issueDate: true, totalInclVatCents: true },
    }),
  ]);
  const expected = (day: string) =>
    invoices
      .filter((doc) => calendarFromDate(doc.issueDate!) <= day)
      .map((doc) => {
        const paid = payments
          .filter((p) => p.documentId === doc.id && calendarFromDate(p.date) <= day)
          .reduce((sum, p) => sum + p.amountCents, 0);
        const creditedCents = notes
          .filter((n) => n.creditedInvoiceId === doc.id && calendarFromDate(n.issueDate!) <= day)
          .reduce((sum, n) => sum + n.totalInclVatCents, 0);
        return { id: doc.id, paid, creditedCents, balance: doc.totalInclVatCents - paid - creditedCents };
      })
      .filter((row) => row.balance !== 0)
      .map(({ id, paid, creditedCents }) => ({ id, paidCents: paid, creditedCents }))
      .sort((a, b) => a.id.localeCompare(b.id));

  for (let days = 45; days >= 0; days -= 1) {
    const day = ago(days);
    const rows = await db.$queryRaw<Balance[]>`
      SELECT d."id", d."paidCents", d."creditedCents"
      FROM ${invoicesAsOfSql(member.organizationId, "EUR", day, "d")}
      ORDER BY d."id"`;
    const actual = rows
      .filter((row) => ids.includes(row.id))
      .map((row) => ({ id: row.id, paidCents: Number(row.paidCents), creditedCents: Number(row.creditedCents) }));
    expect({ day, rows: actual }).toEqual({ day, rows: expected(day) });
  }
  // Today only the invoices still owing are read: the open one, the untouched one.
  const now = await db.$queryRaw<Balance[]>`
    SELECT d."id" FROM ${invoicesAsOfSql(member.organizationId, "EUR", today, "d")} ORDER BY d."id"`;
  expect(now.map((row) => row.id).sort()).toEqual([open.id, untouched.id].sort());
}, 120_000);
