import Link from "next/link";
import { documentHref } from "@/components/documents/document-paths";
import { CardTitle } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { formatCalendarDay } from "@/lib/dates/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { formatMoney } from "@/lib/money/format-money";
import type { AgedClientInvoices } from "@/lib/reports/aged-client-invoices";

// The drill-down of the aged receivables: one client's invoices with a balance due on the
// as-of day (oldest due first) and their total, read on demand (?client=), with a link back to
// the summary. Numbers link to the invoice. Plain markup: a server component; links not
// prefetched (pages are rendered per request: a prefetch would be a server render for nothing).

const link = "font-medium text-brand-700 underline-offset-2 hover:underline";

export function AgedInvoices({
  detail,
  summaryHref,
  locale,
  labels,
}: {
  detail: AgedClientInvoices;
  /** The summary of the same day. */
  summaryHref: string;
  locale: Locale;
  labels: ReportsMessages["aged"];
}) {
  const money = (cents: number) => formatMoney(cents, locale, detail.currency);
  const asOf = formatCalendarDay(detail.asOf, locale, "long");
  const name = detail.client.name;
  return (
    <section aria-labelledby="aged-detail-title" className="flex min-w-0 flex-col gap-3">
      <p className="text-sm">
        <Link href={summaryHref} prefetch={false} className={link}>
          {labels.backToSummary}
        </Link>
      </p>
      <CardTitle id="aged-detail-title" className="break-words">
        {labels.detailTitle.replace("{client}", name)}
      </CardTitle>
      {detail.invoices.length === 0 ? (
        <p className="text-sm text-slate-600">{labels.detailEmpty}</p>
      ) : (
        <TableCard
          caption={labels.detailCaption.replace("{client}", name).replace("{date}", asOf)}
          tableClassName="min-w-[36rem] [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2"
        >
          <thead className={tableHeadClass}>
            <tr>
              <th scope="col">{labels.number}</th>
              <th scope="col">{labels.issueDate}</th>
              <th scope="col">{labels.dueDate}</th>
              <th scope="col" className="text-right">
                {labels.daysLate}
              </th>
              <th scope="col" className="text-right">
                {labels.balance}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {detail.invoices.map((invoice) => (
              <tr key={invoice.id}>
                <th scope="row" className="font-normal">
                  <Link href={documentHref(invoice)} prefetch={false} className={link}>
                    {invoice.number}
                  </Link>
                </th>
                <td>{formatCalendarDay(invoice.issueDate, locale)}</td>
                <td>{invoice.dueDate ? formatCalendarDay(invoice.dueDate, locale) : labels.noDueDate}</td>
                <td className="text-right tabular-nums">{Math.max(0, invoice.daysLate ?? 0)}</td>
                <td className="text-right tabular-nums">{money(invoice.balanceCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-200 bg-slate-50">
            <tr>
              <th scope="row" colSpan={4}>
                {labels.total}
              </th>
              <td className="text-right font-semibold tabular-nums">{money(detail.totalCents)}</td>
            </tr>
          </tfoot>
        </TableCard>
      )}
    </section>
  );
}
