import { computeKeyFigures } from "@/lib/dashboard/compute-key-figures";
import { customPeriod, periodOf, resolveDashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { listInvoices, listQuotes } from "@/lib/documents/lists/list-documents";
import { listPayments } from "@/lib/documents/lists/list-payments";
import { AppError } from "@/lib/errors/app-error";
import { requireMember } from "@/lib/auth/access/require-member";
import { createOrganizationWithMember } from "../../support/factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";
import { issuedInvoice, sentQuote } from "../../support/issued-document-factories";
import { addDays } from "@/lib/documents/calendar-date";
import {
  ago,
  balancesAsOfFromRows,
  businessHistory,
  figuresFromRows,
  today,
  todayFromRows,
} from "./dashboard-fixtures";

// The dashboard's key figures against the same figures computed in JavaScript from the rows
// (invoices, a deposit invoice, a credit note, partial and full payments, quotes answered both
// ways), for several periods and their previous periods; and against the lists they link to.

let history: Awaited<ReturnType<typeof businessHistory>>;

beforeAll(async () => {
  history = await businessHistory();
}, 120_000);

const last30 = () => customPeriod({ from: ago(29), to: today });

describe("computeKeyFigures", () => {
  it.each([
    ["the last 30 days (and the 30 before)", last30],
    ["this year", () => periodOf("this-year", today)],
    ["the last 12 months", () => periodOf("last-12-months", today)],
    ["this month", () => periodOf("this-month", today)],
    ["a week 40 days ago", () => customPeriod({ from: ago(46), to: ago(40) })],
  ])("match the rows for %s", async (_name, period) => {
    const figures = await computeKeyFigures(history.member, period(), today);
    expect(figures.current).toEqual(await figuresFromRows(history.organization.id, period()));
    expect(figures.previous).toEqual(await figuresFromRows(history.organization.id, period().previous));
    expect(figures).toMatchObject(await todayFromRows(history.organization.id));
    expect(figures.previousBalances).toEqual(await balancesAsOfFromRows(history.organization.id, period().previous.to));
  });

  it("compare outstanding and overdue with what they were at the end of the previous period", async () => {
    // 30 days ago: the first two invoices and the deposit issued, 300,00 paid, nothing credited;
    // the first invoice (due 20 days ago) and the second (due 15 days ago) not yet late.
    const before = await computeKeyFigures(history.member, customPeriod({ from: ago(29), to: today }), today);
    expect(before.previousBalances).toEqual({
      asOf: ago(30),
      outstanding: { cents: 120_000 - 30_000 + 60_000 + 36_000, count: 3 },
      overdue: { cents: 0, count: 0 },
    });
    // 12 days ago: both late (the second since 15 days ago, the first since 20): 900,00 + 600,00.
    const later = await computeKeyFigures(history.member, customPeriod({ from: ago(11), to: today }), today);
    expect(later.previousBalances.overdue).toEqual({ cents: 90_000 + 60_000, count: 2 });
    // A period starting tomorrow: its previous period ends today, the balances are today's.
    const tomorrow = await computeKeyFigures(
      history.member,
      customPeriod({ from: addDays(today, 1), to: addDays(today, 7) }),
      today,
    );
    expect(tomorrow.previousBalances.outstanding).toEqual(tomorrow.outstanding);
    expect(tomorrow.previousBalances.overdue).toEqual({ cents: tomorrow.overdue.cents, count: tomorrow.overdue.count });
  });

  it("are the amounts the history was built with", async () => {
    const figures = await computeKeyFigures(history.member, last30(), today);
    // Issued in the last 30 days: 800 + 250 + the deposit 300 (issued 30 days ago: outside) − credit note 100.
    expect(figures.current).toMatchObject({
      invoicedExclVatCents: 80_000 + 25_000 - 10_000,
      creditNotesExclVatCents: 10_000,
      collectedCents: 90_000 + 10_000 + 36_000,
      quotesSentCount: 2, // 25 and 12 days ago
      quotesSentExclVatCents: 70_000 + 15_000,
      quotesAccepted: 1,
      quotesAnswered: 2,
      acceptanceRate: 0.5,
      paidInvoices: 2,
      averageDaysToPay: (40 + 28) / 2,
    });
    expect(figures.previous).toMatchObject({
      invoicedExclVatCents: 100_000 + 50_000 + 30_000,
      collectedCents: 30_000,
      quotesSentCount: 2,
      quotesAnswered: 0,
      acceptanceRate: null,
      averageDaysToPay: null,
    });
    // Balances: 600 (500 HT → 600 TTC − 100) + 960 − 120 + 300 = 1 740,00; overdue: 500,00 + 300,00.
    expect(figures.outstanding).toEqual({ cents: 50_000 + 84_000 + 30_000, count: 3 });
    expect(figures.overdue).toEqual({ cents: 50_000 + 30_000, count: 2, oldestDaysLate: 15 });
    expect(figures.pendingQuotes).toEqual({ cents: 40_000 + 15_000, count: 2 });
    expect(figures.currency).toBe("EUR");
  });

  it("equal the totals of the lists their cards link to", async () => {
    const period = last30();
    const figures = await computeKeyFigures(history.member, period, today);
    const dates = { from: period.from, to: period.to };
    expect((await listInvoices(history.member, {})).totals.balanceDueCents).toBe(figures.outstanding.cents);
    const overdue = await listInvoices(history.member, { overdue: "1" });
    expect(overdue.totals.balanceDueCents).toBe(figures.overdue.cents);
    expect(overdue.total).toBe(figures.overdue.count);
    expect((await listPayments(history.member, dates)).totals.amountCents).toBe(figures.current.collectedCents);
    const pending = await listQuotes(history.member, { status: "SENT" });
    expect(pending.totals.totalExclVatCents).toBe(figures.pendingQuotes.cents);
    const invoiced = await listInvoices(history.member, dates);
    expect(invoiced.totals.totalExclVatCents - figures.current.creditNotesExclVatCents).toBe(
      figures.current.invoicedExclVatCents,
    );
  });
});

describe("tenancy and access", () => {
  it("another organization's documents and payments never count", async () => {
    const before = await computeKeyFigures(history.member, last30(), today);
    const other = await businessHistory();
    await issuedInvoice(other.organization.id, other.client.id, { issueDate: ago(3), dueDate: ago(1) });
    await sentQuote(other.organization.id, other.client.id, { issueDate: ago(2) });
    expect(await computeKeyFigures(history.member, last30(), today)).toEqual(before);
    const theirs = await computeKeyFigures(other.member, last30(), today);
    expect(theirs.overdue.count).toBe(before.overdue.count + 1);
  }, 120_000);

  it("an accountant (read-only) sees the same figures; someone outside the organization gets none", async () => {
    const { user } = await addMember(history.organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, history.organization.id, "documents.read");
    expect(await computeKeyFigures(accountant, last30(), today)).toEqual(
      await computeKeyFigures(history.member, last30(), today),
    );
    const stranger = await createOrganizationWithMember("OWNER");
    await expectAppError(
      requireMember(
        await signedIn(stranger.user.id, history.organization.id),
        history.organization.id,
        "documents.read",
      ),
      "organization_not_found",
    );
  });

  it("a bad period is a field error, and nothing is computed from it", () => {
    const errors = (params: Record<string, string>) => {
      try {
        resolveDashboardPeriod(params, today);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).details.fieldErrors;
      }
    };
    expect(errors({ period: "custom", from: "2026-03-10", to: "2026-03-01" })).toEqual({
      to: ["period_range_reversed"],
    });
    expect(errors({ period: "custom", from: "2006-01-01", to: "2026-01-01" })).toEqual({
      to: ["period_range_too_long"],
    });
    expect(errors({ period: "decade" })).toEqual({ period: ["period_unknown"] });
  });
});
