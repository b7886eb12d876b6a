import { Card, CardTitle, tableCardClass } from "@/components/ui/card";
import { tableHeadClass } from "@/components/ui/table-card";
import type { MonthFigures } from "@/lib/dashboard/monthly-figures";
import { dateTimeFormat } from "@/lib/dates/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { DashboardMessages } from "@/lib/i18n/messages/dashboard-fr";
import { formatMoney } from "@/lib/money/format-money";

// Invoiced vs collected per month over 12 months: plain SVG bars (no chart library) scaled to
// the width of their box, described in words for screen readers, and the same figures in a
// table under it (opened on demand) — the chart is never the only way to read them.

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 20;

type MonthlyChartProps = { months: MonthFigures[]; currency: string; locale: Locale; labels: DashboardMessages };

export function MonthlyChart({ months, currency, locale, labels }: MonthlyChartProps) {
  const monthName = (month: string, style: "short" | "long") =>
    dateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      month: style,
      ...(style === "long" ? { year: "numeric" } : {}),
      timeZone: "UTC",
    }).format(new Date(`${month}-01T00:00:00Z`));
  const max = Math.max(1, ...months.flatMap((month) => [month.invoicedExclVatCents, month.collectedCents]));
  const slot = WIDTH / months.length;
  const bar = slot * 0.35;
  const height = (cents: number) => (Math.max(0, cents) / max) * (HEIGHT - AXIS - 4);
  return (
    <Card aria-labelledby="dashboard-chart-title" className="flex min-w-0 flex-col gap-3">
      <CardTitle id="dashboard-chart-title">{labels.chartTitle}</CardTitle>
      <ul className="flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
        <li className="flex items-center gap-2">
          <span className="inline-block h-3 w-3 rounded-sm bg-brand-600" />
          {labels.chartInvoiced}
        </li>
        <li className="flex items-center gap-2">
          <span className="inline-block h-3 w-3 rounded-sm border border-emerald-800 bg-emerald-300" />
          {labels.chartCollected}
        </li>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-label={labels.chartLabel}>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-slate-300" />
        {months.map((month, index) => {
          const x = index * slot + slot * 0.12;
          const invoiced = height(month.invoicedExclVatCents);
          const collected = height(month.collectedCents);
          return (
            <g key={month.month}>
              <rect x={x} y={HEIGHT - AXIS - invoiced} width={bar} height={invoiced} className="fill-brand-600" />
              <rect
                x={x + bar + 2}
                y={HEIGHT - AXIS - collected}
                width={bar}
                height={collected}
                className="fill-emerald-300 stroke-emerald-800"
              />
              <text
                x={index * slot + slot / 2}
                y={HEIGHT - 5}
                textAnchor="middle"
                className="fill-slate-600 text-[15px]"
              >
                {monthName(month.month, "short")}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{labels.chartTable}</summary>
        <div className={`${tableCardClass} mt-2`}>
          <table className="w-full text-sm">
            <caption className="sr-only">{labels.chartTitle}</caption>
            <thead className={tableHeadClass}>
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  {labels.chartMonth}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {labels.chartInvoiced}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {labels.chartCollected}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {monthName(month.month, "long")}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatMoney(month.invoicedExclVatCents, locale, currency)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatMoney(month.collectedCents, locale, currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
