import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { displayStatus } from "@/lib/documents/document-status";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { declineQuote } from "@/lib/documents/quotes/decline-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { parisCalendarDate } from "@/lib/dates/format-date";
import { recordPayment } from "@/lib/payments/record-payment";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { testMeta } from "../../support/factories";
import { documentWorkspace, lineInput, makeDraft, makeIssuedInvoice } from "../../support/document-factories";

// An organization's history built through the app's own functions (issue, quotes sent,
// accepted and declined, a deposit invoice, partial and full payments, a credit note), and the
// key figures computed from its rows in plain JavaScript — the dashboard's SQL is checked
// against this second, independent reading of the same documents.

export const today = calendarDate();
export const ago = (days: number) => addDays(today, -days);

const line = (price: string) => ({ lines: [lineInput({ unitPrice: price })] });

async function pay(member: MemberContext, invoiceId: string, date: string, amount: string) {
  await recordPayment(member, invoiceId, { date, amount, method: "TRANSFER" }, testMeta());
}

/** Sends a draft quote dated `date`, valid until `validUntil`. */
async function quote(member: MemberContext, clientId: string, price: string, date: string, validUntil: string) {
  const draft = await makeDraft(member, clientId, line(price), "QUOTE");
  await sendQuote(member, draft.id, { issueDate: date, validUntil }, testMeta());
  return draft.id;
}

/**
 * The organization's documents, oldest first in each numbering series (numbers follow dates).
 * Amounts excl. VAT at 20 %.
 */
export async function businessHistory() {
  const workspace = await documentWorkspace("OWNER");
  const { member, client } = workspace;
  const c = client.id;

  // Invoices: paid in two parts, partly paid and overdue, credited in part, overdue unpaid.
  const paid = await makeIssuedInvoice(member, c, line("1000,00"), { issueDate: ago(50), dueDate: ago(20) });
  const partlyPaid = await makeIssuedInvoice(member, c, line("500,00"), { issueDate: ago(45), dueDate: ago(15) });
  const credited = await makeIssuedInvoice(member, c, line("800,00"), {
    issueDate: ago(20),
    dueDate: addDays(today, 10),
  });
  const overdue = await makeIssuedInvoice(member, c, line("250,00"), { issueDate: ago(5), dueDate: ago(1) });
  // A deposit invoice, paid in full.
  const deposit = await makeIssuedInvoice(
    member,
    c,
    line("300,00"),
    { issueDate: ago(30), dueDate: ago(0) },
    "DEPOSIT_INVOICE",
  );
  await pay(member, paid.id, ago(40), "300,00");
  await pay(member, paid.id, ago(10), "900,00"); // 1 200,00 TTC: paid in full, 40 days after issue
  await pay(member, partlyPaid.id, ago(5), "100,00");
  await pay(member, deposit.id, ago(2), "360,00"); // paid in full, 28 days after issue
  // A credit note of 120,00 TTC (100,00 HT) on the third invoice.
  const note = await createCreditNote(member, { invoiceId: credited.id, mode: "AMOUNT", amount: "120,00" }, testMeta());
  await issueDocument(member, note.documentId, { issueDate: ago(3) }, testMeta());

  // Quotes: one expiring in 3 days, one accepted, one declined, one sent and still open.
  const expiring = await quote(member, c, "400,00", ago(40), addDays(today, 3));
  const accepted = await quote(member, c, "600,00", ago(35), addDays(today, 20));
  const declined = await quote(member, c, "700,00", ago(25), addDays(today, 20));
  const open = await quote(member, c, "150,00", ago(12), addDays(today, 30));
  await acceptQuote(member, accepted, testMeta());
  await declineQuote(member, declined, testMeta());

  // Drafts: one forgotten for 10 days, one from today.
  const staleDraft = await makeDraft(member, c, line("90,00"));
  await db.document.update({
    where: { id: staleDraft.id },
    data: { createdAt: new Date(Date.now() - 10 * 86_400_000) },
  });
  await makeDraft(member, c, line("80,00"));

  return {
    ...workspace,
    ids: { paid, partlyPaid, credited, overdue, deposit, expiring, accepted, declined, open, staleDraft },
  };
}

const inRange = (day: string | null, range: DateRange) => day !== null && day >= range.from && day <= range.to;
const day = (date: Date | null) => (date ? calendarFromDate(date) : null);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The key figures from the organization's rows, in JavaScript (the dashboard's definitions). */
export async function figuresFromRows(organizationId: string, range: DateRange) {
  const [documents, payments] = await Promise.all([
    db.document.findMany({ where: { organizationId } }),
    db.payment.findMany({ where: { organizationId } }),
  ]);
  const issued = documents.filter((d) => d.status === "ISSUED" && inRange(day(d.issueDate), range));
  const invoices = issued.filter((d) => d.type === "INVOICE" || d.type === "DEPOSIT_INVOICE");
  const notes = issued.filter((d) => d.type === "CREDIT_NOTE");
  const quotesSent = documents.filter(
    (d) => d.type === "QUOTE" && d.status !== "DRAFT" && inRange(day(d.issueDate), range),
  );
  const accepted = documents.filter(
    (d) =>
      d.type === "QUOTE" &&
      ["ACCEPTED", "INVOICED"].includes(d.status) &&
      d.acceptedAt &&
      inRange(parisCalendarDate(d.acceptedAt), range),
  );
  const declined = documents.filter(
    (d) =>
      d.type === "QUOTE" && d.status === "DECLINED" && d.declinedAt && inRange(parisCalendarDate(d.declinedAt), range),
  );
  const status = (d: (typeof documents)[number]) =>
    displayStatus(
      {
        type: d.type,
        status: d.status,
        validUntil: day(d.validUntil),
        dueDate: day(d.dueDate),
        totalInclVatCents: d.totalInclVatCents,
        paidCents: d.paidCents,
        creditedCents: d.creditedCents,
      },
      today,
    );
  const paidDelays = documents
    .filter((d) => status(d) === "PAID")
    .map((d) => {
      const last = payments
        .filter((p) => p.documentId === d.id)
        .map((p) => calendarFromDate(p.date))
        .sort()
        .at(-1)!;
      return { last, days: (Date.parse(last) - Date.parse(day(d.issueDate)!)) / 86_400_000 };
    })
    .filter((paid) => inRange(paid.last, range));
  const answered = accepted.length + declined.length;
  return {
    invoicedExclVatCents: sum(invoices.map((d) => d.totalExclVatCents)) - sum(notes.map((d) => d.totalExclVatCents)),
    creditNotesExclVatCents: sum(notes.map((d) => d.totalExclVatCents)),
    collectedCents: sum(payments.filter((p) => inRange(calendarFromDate(p.date), range)).map((p) => p.amountCents)),
    quotesSentCount: quotesSent.length,
    quotesSentExclVatCents: sum(quotesSent.map((d) => d.totalExclVatCents)),
    quotesAccepted: accepted.length,
    quotesAnswered: answered,
    acceptanceRate: answered === 0 ? null : accepted.length / answered,
    paidInvoices: paidDelays.length,
    averageDaysToPay: paidDelays.length === 0 ? null : sum(paidDelays.map((paid) => paid.days)) / paidDelays.length,
  };
}

/** Outstanding, overdue and pending quotes of today, in JavaScript. */
export async function todayFromRows(organizationId: string) {
  const documents = await db.document.findMany({ where: { organizationId } });
  const facts = documents.map((d) => ({
    d,
    status: displayStatus(
      {
        type: d.type,
        status: d.status,
        validUntil: day(d.validUntil),
        dueDate: day(d.dueDate),
        totalInclVatCents: d.totalInclVatCents,
        paidCents: d.paidCents,
        creditedCents: d.creditedCents,
      },
      today,
    ),
    balance: d.totalInclVatCents - d.paidCents - d.creditedCents,
  }));
  const payable = facts.filter(
    ({ d }) => (d.type === "INVOICE" || d.type === "DEPOSIT_INVOICE") && d.status === "ISSUED",
  );
  const overdue = facts.filter((f) => f.status === "OVERDUE");
  const pending = facts.filter((f) => f.d.type === "QUOTE" && f.status === "SENT");
  return {
    outstanding: { cents: sum(payable.map((f) => f.balance)), count: payable.filter((f) => f.balance > 0).length },
    overdue: {
      cents: sum(overdue.map((f) => f.balance)),
      count: overdue.length,
      oldestDaysLate:
        overdue.length === 0
          ? null
          : Math.max(...overdue.map((f) => (Date.parse(today) - Date.parse(day(f.d.dueDate)!)) / 86_400_000)),
    },
    pendingQuotes: { cents: sum(pending.map((f) => f.d.totalExclVatCents)), count: pending.length },
  };
}

/** Outstanding and overdue as they stood at the end of `asOf`, in JavaScript: payments and credit notes up to that day. */
export async function balancesAsOfFromRows(organizationId: string, asOf: string) {
  const [documents, payments] = await Promise.all([
    db.document.findMany({ where: { organizationId } }),
    db.payment.findMany({ where: { organizationId } }),
  ]);
  const invoices = documents.filter(
    (d) => (d.type === "INVOICE" || d.type === "DEPOSIT_INVOICE") && d.status === "ISSUED" && day(d.issueDate)! <= asOf,
  );
  const rows = invoices.map((d) => {
    const paidCents = sum(
      payments.filter((p) => p.documentId === d.id && calendarFromDate(p.date) <= asOf).map((p) => p.amountCents),
    );
    const creditedCents = sum(
      documents
        .filter((n) => n.creditedInvoiceId === d.id && n.status === "ISSUED" && day(n.issueDate)! <= asOf)
        .map((n) => n.totalInclVatCents),
    );
    const status = displayStatus(
      {
        type: d.type,
        status: d.status,
        validUntil: null,
        dueDate: day(d.dueDate),
        totalInclVatCents: d.totalInclVatCents,
        paidCents,
        creditedCents,
      },
      asOf,
    );
    return { balance: d.totalInclVatCents - paidCents - creditedCents, status };
  });
  const overdue = rows.filter((row) => row.status === "OVERDUE");
  return {
    asOf,
    outstanding: { cents: sum(rows.map((row) => row.balance)), count: rows.filter((row) => row.balance > 0).length },
    overdue: { cents: sum(overdue.map((row) => row.balance)), count: overdue.length },
  };
}
