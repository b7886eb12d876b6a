import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { organizationCurrency } from "@/lib/dashboard/compute-key-figures";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { salesByArticle, type SalesArticleRow } from "./sales-by-article";
import { salesByClient, salesByMonth, type SalesClientRow, type SalesMonthRow } from "./sales-by-document";
import { addAmounts, zeroAmounts, type SalesAmounts } from "./sales-scope";
import type { SalesView } from "./sales-view";

// The sales report of a period (sales-scope.ts says which documents count), cut by client, by
// article or by month, with its totals. Derived from the documents, never stored. The three
// views hold the same cents: their totals are equal, and equal the dashboard's "invoiced".

export type SalesTotals = SalesAmounts & { documentCount: number };

type Common = { period: DateRange; currency: string; totals: SalesTotals };

export type SalesReport = Common &
  (
    | { view: "client"; rows: SalesClientRow[] }
    | { view: "article"; rows: SalesArticleRow[] }
    | { view: "month"; rows: SalesMonthRow[] }
  );

function totalsOf(rows: SalesAmounts[], documentCount: number): SalesTotals {
  const totals = zeroAmounts();
  for (const row of rows) addAmounts(totals, row);
  return { ...totals, documentCount };
}

const countOf = (rows: { documentCount: number }[]) => rows.reduce((sum, row) => sum + row.documentCount, 0);

/** The acting organization's sales of `period` (validated by resolveDashboardPeriod), by `view`. documents.read. */
export async function salesReport(member: MemberContext, period: DateRange, view: SalesView): Promise<SalesReport> {
  assertCan(member, "documents.read");
  const { organizationId } = member;
  const currency = await organizationCurrency(organizationId);
  const range = { from: period.from, to: period.to };
  const common = { period: range, currency };
  switch (view) {
    case "client": {
      const rows = await salesByClient(organizationId, currency, range);
      return { ...common, view, rows, totals: totalsOf(rows, countOf(rows)) };
    }
    case "month": {
      const rows = await salesByMonth(organizationId, currency, range);
      return { ...common, view, rows, totals: totalsOf(rows, countOf(rows)) };
    }
    case "article": {
      const { rows, documentCount } = await salesByArticle(organizationId, currency, range);
      return { ...common, view, rows, totals: totalsOf(rows, documentCount) };
    }
  }
}
