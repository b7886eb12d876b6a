import Link from "next/link";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { formatCalendarDay } from "@/lib/dates/format-date";
import { formatMoney } from "@/lib/money/format-money";
import type { AgedReceivables } from "@/lib/reports/aged-receivables";
import { AGING_BUCKETS, type BucketAmounts } from "@/lib/reports/aging-buckets";

// The aged receivables table: one row per client (its name links to the client's page, the last
// cells to the invoices behind its amounts on this page, ?client=, and to its overdue invoices in
// the invoices list), one column per bucket and the total, the totals in the footer. Plain
// markup: a server component.

const link = "font-medium break-words text-brand-700 underline-offset-2 hover:underline";

// Links not prefetched: every page is rendered per request with no loading state, so a prefetch
// brings no content ahead, only a server render per row (a detail's invoices read for nothing).

function AmountCells({ amounts, money }: { amounts: BucketAmounts; money: (cents: number) => string }) {
  return (
    <>
      {AGING_BUCKETS.map((bucket) => (
        <td key={bucket} className="text-right tabular-nums">
          {amounts[bucket] === 0 ? <span className="text-slate-500">{money(0)}</span> : money(amounts[bucket])}
        </td>
      ))}
      <td className="text-right font-semibold tabular-nums">{money(amounts.totalCents)}</td>
    </>
  );
}

export function AgedReceivablesTable({
  report,
  locale,
  labels,
}: {
  report: AgedReceivables;
  locale: Locale;
  labels: ReportsMessages["aged"];
}) {
  const money = (cents: number) => formatMoney(cents, locale, report.currency);
  return (
    <TableCard
      caption={labels.caption.replace("{date}", formatCalendarDay(report.asOf, locale, "long"))}
      tableClassName="min-w-[52rem] [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2"
    >
      <thead className={tableHeadClass}>
        <tr>
          <th scope="col">{labels.client}</th>
          {AGING_BUCKETS.map((bucket) => (
            <th key={bucket} scope="col" className="text-right">
              {labels[bucket]}
            </th>
          ))}
          <th scope="col" className="text-right">
            {labels.total}
          </th>
          <th scope="col">{labels.detail}</th>
          <th scope="col">{labels.invoices}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {report.clients.map(({ client, amounts }) => (
          <tr key={client.id}>
            <th scope="row" className="font-normal">
              <Link href={`/clients/${client.id}`} prefetch={false} className={link}>
                {client.name}
              </Link>
            </th>
            <AmountCells amounts={amounts} money={money} />
            <td>
              <Link
                href={`/reports/aged-receivables?asOf=${encodeURIComponent(report.asOf)}&client=${encodeURIComponent(client.id)}`}
                prefetch={false}
                aria-label={labels.detailOf.replace("{client}", client.name)}
                className={link}
              >
                {labels.detail}
              </Link>
            </td>
            <td>
              <Link
                href={`/invoices?client=${encodeURIComponent(client.id)}&overdue=1`}
                prefetch={false}
                aria-label={labels.invoicesOf.replace("{client}", client.name)}
                className={link}
              >
                {labels.invoices}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-slate-200 bg-slate-50">
        <tr>
          <th scope="row">{labels.totals}</th>
          <AmountCells amounts={report.totals} money={money} />
          <td />
          <td />
        </tr>
      </tfoot>
    </TableCard>
  );
}
