import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { parisCalendarDate } from "@/lib/dates/format-date";
import { displayStatus } from "@/lib/documents/document-status";
import { convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { deletePayment } from "@/lib/payments/delete-payment";
import { recordPayment } from "@/lib/payments/record-payment";
import { testMeta } from "../../support/factories";
import { receivablesAsOf } from "@/lib/rollups/receivables-as-of";
import { ago, balancesAsOfFromRows, businessHistory, today } from "../dashboard/dashboard-fixtures";
import { salesHistory } from "../reports/sales-history";

// The rollups (DayFigures, ClientMonthSales, DayVat, ReceivableMoves, DayVatReceived) are kept by database triggers as documents
// and payments change. Each is checked here against the same figures recomputed in JavaScript
// from the organization's rows, after histories made through the app's own functions and after
// the changes that move them back (a payment deleted, an invoice paid by a backdated payment, a
// quote converted).

type Figures = Record<string, number>;

const day = (date: Date) => calendarFromDate(date);
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

function add(map: Map<string, Figures>, key: string, figures: Figures) {
  const row = map.get(key) ?? {};
  for (const [name, value] of Object.entries(figures)) row[name] = (row[name] ?? 0) + value;
  map.set(key, row);
}

/** Rows whose figures are all zero say nothing (a change and its undoing on one day). */
function nonZero(map: Map<string, Figures>): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const [key, figures] of map) {
    const kept = Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== 0));
    if (Object.keys(kept).length > 0) out[key] = kept;
  }
  return out;
}

async function expectedRollups(organizationId: string) {
  const documents = await db.document.findMany({ where: { organizationId }, include: { payments: true } });
  const payments = await db.payment.findMany({ where: { organizationId }, include: { document: true } });
  const days = new Map<string, Figures>();
  const months = new Map<string, Figures>();
  const vat = new Map<string, Figures>();
  for (const d of documents) {
    if (d.status === "DRAFT" || d.issueDate === null) continue;
    const issued = day(d.issueDate);
    if (d.type !== "QUOTE" && d.status === "ISSUED") {
      const s = d.type === "CREDIT_NOTE" ? -1 : 1;
      add(days, `${d.currency}|${issued}`, {
        salesDocuments: 1,
        salesExclVatCents: s * d.totalExclVatCents,
        salesVatCents: s * d.totalVatCents,
        salesInclVatCents: s * d.totalInclVatCents,
        creditedExclVatCents: d.type === "CREDIT_NOTE" ? d.totalExclVatCents : 0,
      });
      add(months, `${d.currency}|${d.clientId}|${issued.slice(0, 7)}-01`, {
        documents: 1,
        exclVatCents: s * d.totalExclVatCents,
        vatCents: s * d.totalVatCents,
        inclVatCents: s * d.totalInclVatCents,
      });
      for (const group of d.vatBreakdown as {
        vatCategory?: string;
        vatRateBps: number;
        baseCents: number;
        vatCents: number;
      }[]) {
        const category = group.vatCategory ?? (d.vatExempt || group.vatRateBps <= 0 ? "E" : "S");
        add(vat, `${d.currency}|${issued}|${category}|${group.vatRateBps}`, {
          baseCents: s * group.baseCents,
          vatCents: s * group.vatCents,
        });
      }
    }
    if (d.type === "QUOTE") {
      add(days, `${d.currency}|${issued}`, { quotesSent: 1, quotesSentExclVatCents: d.totalExclVatCents });
      if ((d.status === "ACCEPTED" || d.status === "INVOICED") && d.acceptedAt) {
        add(days, `${d.currency}|${parisCalendarDate(d.acceptedAt)}`, { quotesAccepted: 1 });
      }
      if (d.status === "DECLINED" && d.declinedAt) {
        add(days, `${d.currency}|${parisCalendarDate(d.declinedAt)}`, { quotesDeclined: 1 });
      }
    }
    const facts = { ...d, dueDate: d.dueDate && day(d.dueDate), validUntil: d.validUntil && day(d.validUntil) };
    if (displayStatus(facts, today) === "PAID" && d.payments.length > 0) {
      const last = d.payments
        .map((payment) => day(payment.date))
        .sort()
        .at(-1)!;
      add(days, `${d.currency}|${last}`, { paidInvoices: 1, paidDays: daysBetween(issued, last) });
    }
  }
  for (const payment of payments) {
    add(days, `${payment.document.currency}|${day(payment.date)}`, { collectedCents: payment.amountCents });
  }
  return { days: nonZero(days), months: nonZero(months), vat: nonZero(vat) };
}

async function storedRollups(organizationId: string) {
  const days = new Map<string, Figures>();
  for (const row of await db.dayFigures.findMany({ where: { organizationId }, omit: { organizationId: true } })) {
    const { currency, day: date, ...figures } = row;
    add(days, `${currency}|${day(date)}`, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v)])));
  }
  const months = new Map<string, Figures>();
  for (const row of await db.clientMonthSales.findMany({ where: { organizationId } })) {
    add(months, `${row.currency}|${row.clientId}|${day(row.month)}`, {
      documents: row.documents,
      exclVatCents: Number(row.exclVatCents),
      vatCents: Number(row.vatCents),
      inclVatCents: Number(row.inclVatCents),
    });
  }
  const vat = new Map<string, Figures>();
  for (const row of await db.dayVat.findMany({ where: { organizationId } })) {
    add(vat, `${row.currency}|${day(row.day)}|${row.vatCategory}|${row.vatRateBps}`, {
      baseCents: Number(row.baseCents),
      vatCents: Number(row.vatCents),
    });
  }
  return { days: nonZero(days), months: nonZero(months), vat: nonZero(vat) };
}

/** Outstanding and overdue at the end of every day of the last 60, from the moves and from the rows. */
async function expectReceivablesInStep(organizationId: string) {
  for (let back = 60; back >= 0; back -= 1) {
    const asOf = ago(back);
    // Every currency, as the rows are read (the USD invoice of the sales history included).
    const { outstanding, overdue } = await receivablesAsOf(db, organizationId, null, asOf);
    const expected = await balancesAsOfFromRows(organizationId, asOf);
    expect({ asOf, outstanding, overdue }).toEqual(expected);
  }
}

/**
 * DayVatReceived against every payment split again now (the split itself is checked against
 * split-payment.ts in tests/integration/reports/payment-vat-parts.test.ts): what the trigger
 * added and took back as payments came and went.
 */
async function expectVatReceivedInStep(organizationId: string) {
  type Row = { key: string; base: bigint; vat: bigint };
  const key = Prisma.sql`"currency" || '|' || to_char("day", 'YYYY-MM-DD') || '|' || "vatCategory" || '|' || "vatRateBps"`;
  const stored = await db.$queryRaw<Row[]>`
    SELECT ${key} AS "key", "baseCents" AS "base", "vatCents" AS "vat" FROM "DayVatReceived"
    WHERE "organizationId" = ${organizationId} AND ("baseCents" <> 0 OR "vatCents" <> 0) ORDER BY 1`;
  const expected = await db.$queryRaw<Row[]>`
    SELECT ${key} AS "key", sum("base")::bigint AS "base", sum("vat")::bigint AS "vat" FROM (
      SELECT d."currency", p."date" AS "day", v."vatCategory", v."vatRateBps", v."base", v."vat"
      FROM "Payment" p
      JOIN "Document" d ON d."id" = p."documentId"
      CROSS JOIN LATERAL facturo_payment_vat_parts(d, p."amountCents"::bigint) v
      WHERE p."organizationId" = ${organizationId}
    ) x GROUP BY 1 HAVING sum("base") <> 0 OR sum("vat") <> 0 ORDER BY 1`;
  expect(expected.length).toBeGreaterThan(0);
  expect(stored).toEqual(expected);
}

async function expectInStep(organizationId: string) {
  const expected = await expectedRollups(organizationId);
  expect(Object.keys(expected.days).length).toBeGreaterThan(0);
  expect(await storedRollups(organizationId)).toEqual(expected);
  await expectReceivablesInStep(organizationId);
  await expectVatReceivedInStep(organizationId);
}

describe("rollups kept by the database", () => {
  it("match the documents and payments of a business's history, and follow payments deleted, backdated and quotes converted", async () => {
    const { member, ids } = await businessHistory();
    await expectInStep(member.organizationId);
    // The history has invoices open, overdue and settled on the days compared.
    const now = await receivablesAsOf(db, member.organizationId, "EUR", today);
    expect(now.outstanding.count).toBeGreaterThan(1);
    expect(now.overdue.count).toBeGreaterThan(0);
    expect(now.oldestDue).not.toBeNull();
    const stored = await storedRollups(member.organizationId);
    // The history has each kind of figure: the comparison is not between two empty sets.
    const totals = Object.values(stored.days).reduce<Figures>((all, row) => {
      for (const [name, value] of Object.entries(row)) all[name] = (all[name] ?? 0) + value;
      return all;
    }, {});
    expect(totals).toMatchObject({
      quotesAccepted: 1,
      quotesDeclined: 1,
      paidInvoices: 2,
      quotesSent: 4,
    });
    expect(totals.creditedExclVatCents).toBe(10_000);

    // The paid invoice loses its last payment: no longer paid, its days to pay leave the figures.
    const payments = await db.payment.findMany({ where: { documentId: ids.paid.id }, orderBy: { date: "asc" } });
    await deletePayment(member, payments.at(-1)!.id, testMeta());
    expect((await db.document.findUniqueOrThrow({ where: { id: ids.paid.id } })).paidOn).toBeNull();
    await expectInStep(member.organizationId);

    // Paid again by a payment dated before the one it already has: paidOn is the last date, not the newest row.
    await recordPayment(member, ids.paid.id, { date: ago(45), amount: "900,00", method: "TRANSFER" }, testMeta());
    const paid = await db.document.findUniqueOrThrow({ where: { id: ids.paid.id } });
    expect(paid.paidOn && day(paid.paidOn)).toBe(ago(40));
    await expectInStep(member.organizationId);

    // The accepted quote becomes an invoice: INVOICED still counts as accepted, the new invoice as a sale.
    const converted = await convertQuoteToInvoice(member, ids.accepted, testMeta());
    expect(converted).toBeTruthy();
    await expectInStep(member.organizationId);
  });

  it("match a history with several VAT rates, goods and services, a deposit deducted, a credit note and another currency", async () => {
    const history = await salesHistory();
    await expectInStep(history.member.organizationId);
    const stored = await storedRollups(history.member.organizationId);
    expect(new Set(Object.keys(stored.vat).map((key) => key.split("|")[3])).size).toBeGreaterThan(1);
    expect(Object.keys(stored.days).some((key) => key.startsWith("USD|"))).toBe(true);
  });
});
