import Link from "next/link";
import { documentHref } from "@/components/documents/document-paths";
import { CardTitle } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { formatCalendarDay } from "@/lib/dates/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { formatMoney } from "@/lib/money/format-money";
import type { AgedReceivables } from "@/lib/reports/aged-receivables";

// The drill-down of the aged receivables: each client's invoices with a balance due on the
// as-of day (oldest due first), folded in a <details> per client so the page stays short and
// works without JavaScript. Numbers link to the invoice.

export function AgedInvoices({
  report,
  locale,
  labels,
}: {
  report: AgedReceivables;
  locale: Locale;
  labels: ReportsMessages["aged"];
}) {
  const money = (cents: number) => formatMoney(cents, locale, report.currency);
  const asOf = formatCalendarDay(report.asOf, locale, "long");
  return (
    <section aria-labelledby="aged-detail-title" className="flex min-w-0 flex-col gap-3">
      <CardTitle id="aged-detail-title">{labels.detailTitle}</CardTitle>
      {report.clients.map(({ client, amounts, invoices }) => (
        <details key={client.id} className="min-w-0 rounded-xl border border-slate-200 bg-white">
          <summary className="flex cursor-pointer flex-wrap justify-between gap-x-3 px-4 py-3 text-sm font-medium">
            <span className="min-w-0 break-words">{client.name}</span>
            <span className="tabular-nums">{money(amounts.totalCents)}</span>
          </summary>
          <TableCard
            caption={labels.detailCaption.replace("{client}", client.name).replace("{date}", asOf)}
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
              {invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row" className="font-normal">
                    <Link
                      href={documentHref(invoice)}
                      className="font-medium text-brand-700 underline-offset-2 hover:underline"
                    >
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
          </TableCard>
        </details>
      ))}
    </section>
  );
}
