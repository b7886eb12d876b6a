import Link from "next/link";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { formatCalendarDay, dateTimeFormat } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { formatMoney } from "@/lib/money/format-money";
import type { SalesReport } from "@/lib/reports/sales/sales-report";
import type { SalesAmounts } from "@/lib/reports/sales/sales-scope";
import { salesArticleLabel, salesUnitText } from "@/lib/reports/sales/sales-table";

// The sales report's table for its view: a row header per client (linking to the client),
// article or month, the amounts excl. VAT, VAT and incl. VAT, the totals in the footer. The
// cells are the rows salesTable writes to the files. Plain markup: a server component.

const link = "font-medium break-words text-brand-700 underline-offset-2 hover:underline";

type SalesTableProps = { report: SalesReport; locale: Locale; labels: ReportsMessages["sales"] };

function quantityText(milli: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 3 }).format(milli / 1000);
}

/** "mars 2026" / "March 2026". */
export function monthLabel(month: string, locale: Locale): string {
  return dateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
}

function AmountCells({ amounts, money }: { amounts: SalesAmounts; money: (cents: number) => string }) {
  return (
    <>
      <td className="text-right tabular-nums">{money(amounts.exclVatCents)}</td>
      <td className="text-right tabular-nums">{money(amounts.vatCents)}</td>
      <td className="text-right font-semibold tabular-nums">{money(amounts.inclVatCents)}</td>
    </>
  );
}

function Heads({ names }: { names: { text: string; numeric?: boolean }[] }) {
  return (
    <thead className={tableHeadClass}>
      <tr>
        {names.map(({ text, numeric }) => (
          <th key={text} scope="col" className={numeric ? "text-right" : undefined}>
            {text}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function SalesTable({ report, locale, labels }: SalesTableProps) {
  const money = (cents: number) => formatMoney(cents, locale, report.currency);
  const amounts = [
    { text: labels.exclVat, numeric: true },
    { text: labels.vat, numeric: true },
    { text: labels.inclVat, numeric: true },
  ];
  const caption = format(labels.caption, {
    from: formatCalendarDay(report.period.from, locale, "long"),
    to: formatCalendarDay(report.period.to, locale, "long"),
    view: labels.views[report.view].toLowerCase(),
  });
  const lead = report.view === "article" ? 3 : 1;
  return (
    <TableCard
      caption={caption}
      tableClassName="min-w-[40rem] [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2"
      // Only the client view has links a keyboard user could scroll the table with.
      scrollRegion={report.view === "client" ? undefined : { "aria-label": caption }}
    >
      {report.view === "client" ? (
        <>
          <Heads names={[{ text: labels.client }, { text: labels.documents, numeric: true }, ...amounts]} />
          <tbody className="divide-y divide-slate-100">
            {report.rows.map((row) => (
              <tr key={row.client.id}>
                <th scope="row" className="font-normal">
                  <Link href={`/clients/${row.client.id}`} className={link}>
                    {row.client.name}
                  </Link>
                </th>
                <td className="text-right tabular-nums">{row.documentCount}</td>
                <AmountCells amounts={row} money={money} />
              </tr>
            ))}
          </tbody>
        </>
      ) : report.view === "month" ? (
        <>
          <Heads names={[{ text: labels.month }, { text: labels.documents, numeric: true }, ...amounts]} />
          <tbody className="divide-y divide-slate-100">
            {report.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row" className="font-normal capitalize">
                  {monthLabel(row.month, locale)}
                </th>
                <td className="text-right tabular-nums">{row.documentCount}</td>
                <AmountCells amounts={row} money={money} />
              </tr>
            ))}
          </tbody>
        </>
      ) : (
        <>
          <Heads
            names={[
              { text: labels.article },
              { text: labels.reference },
              { text: labels.unit },
              { text: labels.quantity, numeric: true },
              ...amounts,
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {report.rows.map((row) => (
              <tr key={`${row.group.kind}:${"id" in row.group ? row.group.id : ""}:${row.unit ?? ""}`}>
                <th scope="row" className="font-normal">
                  {salesArticleLabel(row, locale)}
                </th>
                <td>{row.group.kind === "article" ? (row.group.reference ?? "") : ""}</td>
                <td>{salesUnitText(row, locale)}</td>
                <td className="text-right tabular-nums">
                  {row.quantityMilli === null ? "" : quantityText(row.quantityMilli, locale)}
                </td>
                <AmountCells amounts={row} money={money} />
              </tr>
            ))}
          </tbody>
        </>
      )}
      <tfoot className="border-t border-slate-200 bg-slate-50">
        <tr>
          <th scope="row">{labels.totals}</th>
          {report.view === "article" ? (
            <td colSpan={lead} />
          ) : (
            <td className="text-right tabular-nums">{report.totals.documentCount}</td>
          )}
          <AmountCells amounts={report.totals} money={money} />
        </tr>
      </tfoot>
    </TableCard>
  );
}
