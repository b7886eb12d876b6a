import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { receivablesAsOf } from "@/lib/rollups/receivables-as-of";
import { sentQuoteSql } from "./sent-quotes-sql";
import { sumDayFigures } from "@/lib/rollups/sum-day-figures";
import type { DashboardPeriod, DateRange } from "./dashboard-period";

// The dashboard's key figures, derived from the documents and payments: a few aggregate
// statements, never rows loaded into memory. A period's figures come from the DayFigures
// rollup (lib/rollups/sum-day-figures.ts: one row per day, kept by database triggers in the
// transactions that change documents and payments), so they cost the same at 1,000 or
// 1,000,000 invoices; the tests compute each of them from the documents and compare.
//
// - Figures of a period (and the same of its previous period): invoiced excl. VAT = issued invoices + deposit invoices − issued credit notes, by issue
//   date; collected = payments received (by payment date); quotes sent (numbered, by date);
//   acceptance rate = accepted / (accepted + declined) among quotes answered in the period
//   (Paris day of acceptedAt/declinedAt; a quote converted to an invoice was accepted);
//   average days to pay = for invoices whose display status is PAID and whose last payment
//   falls in the period, last payment date − issue date.
// - Figures of today (a balance has no period): outstanding = balance due of issued invoices
//   and deposit invoices (the invoices list's "balance due" with no filter); overdue = those
//   whose display status is OVERDUE (the lists' and reminders' rule: something left to pay,
//   due before today); pending quotes = display status SENT (sent, not answered, not expired;
//   sentQuoteSql). Outstanding and overdue are compared with what they were at the end of the
//   previous period (balancesAsOf); both come from the ReceivableMoves rollup
//   (lib/rollups/receivables-as-of.ts), which the tests compare with the rows day by day.
//
// Amounts are in the organization's currency: documents in another currency are left out (a
// sum of euros and dollars means nothing).

export type PeriodFigures = {
  /** Invoices + deposit invoices − credit notes, excl. VAT (cents). */
  invoicedExclVatCents: number;
  /** The credit notes' part of it, as a positive amount (cents). */
  creditNotesExclVatCents: number;
  collectedCents: number;
  quotesSentCount: number;
  quotesSentExclVatCents: number;
  quotesAccepted: number;
  quotesAnswered: number;
  /** accepted / answered, 0–1; null when no quote was answered. */
  acceptanceRate: number | null;
  paidInvoices: number;
  /** Mean days from issue to last payment; null when no invoice was paid. */
  averageDaysToPay: number | null;
};

export type KeyFigures = {
  currency: string;
  current: PeriodFigures;
  previous: PeriodFigures;
  outstanding: { cents: number; count: number };
  overdue: { cents: number; count: number; oldestDaysLate: number | null };
  pendingQuotes: { cents: number; count: number };
  /** Outstanding and overdue as they stood at the end of the previous period (its last day). */
  previousBalances: BalancesAsOf;
};

export type BalancesAsOf = {
  /** "YYYY-MM-DD" */
  asOf: string;
  outstanding: { cents: number; count: number };
  overdue: { cents: number; count: number };
};

type Reader = Pick<typeof db, "$queryRaw">;

const num = (value: bigint | number | string | null | undefined): number => (value == null ? 0 : Number(value));

async function periodFigures(
  reader: Reader,
  organizationId: string,
  currency: string,
  range: DateRange,
): Promise<PeriodFigures> {
  const sums = await sumDayFigures(reader, organizationId, currency, range);
  const quotesAnswered = sums.quotesAccepted + sums.quotesDeclined;
  return {
    invoicedExclVatCents: sums.salesExclVatCents,
    creditNotesExclVatCents: sums.creditedExclVatCents,
    collectedCents: sums.collectedCents,
    quotesSentCount: sums.quotesSent,
    quotesSentExclVatCents: sums.quotesSentExclVatCents,
    quotesAccepted: sums.quotesAccepted,
    quotesAnswered,
    acceptanceRate: quotesAnswered === 0 ? null : sums.quotesAccepted / quotesAnswered,
    paidInvoices: sums.paidInvoices,
    averageDaysToPay: sums.paidInvoices === 0 ? null : sums.paidDays / sums.paidInvoices,
  };
}

async function figuresOfToday(reader: Reader, organizationId: string, currency: string, today: string) {
  const [receivables, [quotes]] = await Promise.all([
    receivablesAsOf(reader, organizationId, currency, today),
    reader.$queryRaw<{ amount: bigint; count: number }[]>`
      SELECT COALESCE(sum(d."totalExclVatCents"), 0)::bigint AS "amount", count(*)::int AS "count"
      FROM "Document" d
      WHERE d."organizationId" = ${organizationId} AND ${sentQuoteSql(today)} AND d."currency" = ${currency}`,
  ]);
  const { oldestDue } = receivables;
  return {
    outstanding: receivables.outstanding,
    overdue: {
      ...receivables.overdue,
      oldestDaysLate:
        oldestDue === null
          ? null
          : Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${oldestDue}T00:00:00Z`)) / 86_400_000),
    },
    pendingQuotes: { cents: num(quotes?.amount), count: quotes?.count ?? 0 },
  };
}

/**
 * Outstanding and overdue as they stood at the end of `day`: each invoice or deposit invoice
 * issued by then, with the payments received and the credit notes issued by then, given the
 * display status rule as of that day (ReceivableMoves, lib/rollups/receivables-as-of.ts).
 */
async function balancesAsOf(
  reader: Reader,
  organizationId: string,
  currency: string,
  day: string,
): Promise<BalancesAsOf> {
  const { outstanding, overdue } = await receivablesAsOf(reader, organizationId, currency, day);
  return { asOf: day, outstanding, overdue };
}

/** The organization's currency (settings; EUR before the first save). */
export async function organizationCurrency(organizationId: string): Promise<string> {
  const settings = await db.organizationSettings.findUnique({ where: { organizationId }, select: { currency: true } });
  return settings?.currency ?? "EUR";
}

/**
 * The key figures of the acting organization for a period and its previous period, and the
 * figures of `today` (Paris calendar date, calendarDate()). documents.read.
 */
export async function computeKeyFigures(
  member: MemberContext,
  period: DashboardPeriod,
  today: string,
): Promise<KeyFigures> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const currency = await organizationCurrency(organizationId);
  const [current, previous, now, previousBalances] = await Promise.all([
    periodFigures(db, organizationId, currency, period),
    periodFigures(db, organizationId, currency, period.previous),
    figuresOfToday(db, organizationId, currency, today),
    balancesAsOf(db, organizationId, currency, period.previous.to),
  ]);
  return { currency, current, previous, ...now, previousBalances };
}
