import { CardTitle } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { formatCalendarDay } from "@/lib/dates/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { formatMoney } from "@/lib/money/format-money";
import type { VatReport } from "@/lib/reports/vat/vat-report";
import { vatReportSections, type VatSection } from "@/lib/reports/vat/vat-report-sections";
import { ca3LineLabel } from "@/lib/reports/vat/vat-report-table";
import { VAT_CATEGORY_LABELS } from "@/lib/vat/vat-categories";

// The VAT report's tables: one per section (VAT invoiced; on receipts also VAT received and
// VAT due), a row per VAT category and rate with the total in the footer, then the CA3 lines.
// Plain markup (a server component); the same figures as the files (vat-report-table.ts). The
// tables hold no link, so their scroll boxes are focusable regions named by their heading (a
// keyboard user can scroll them sideways on a phone).

type Labels = ReportsMessages["vat"];

const cellPadding = "[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2";

function rateText(bps: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(bps / 10_000);
}

function SectionTable({
  section,
  caption,
  locale,
  labels,
  money,
}: {
  section: VatSection;
  caption: string;
  locale: Locale;
  labels: Labels;
  money: (cents: number) => string;
}) {
  const title = labels[`${section.key}Title`];
  const hint = section.key === "due" ? null : labels[`${section.key}Hint`];
  const id = `vat-${section.key}-title`;
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <CardTitle id={id}>{title}</CardTitle>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <TableCard
        caption={caption}
        tableClassName={`min-w-[36rem] ${cellPadding}`}
        scrollRegion={{ "aria-labelledby": id }}
      >
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col">{labels.category}</th>
            <th scope="col" className="text-right">
              {labels.rate}
            </th>
            <th scope="col" className="text-right">
              {labels.base}
            </th>
            <th scope="col" className="text-right">
              {labels.vat}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {section.rows.map((row) => (
            <tr key={`${row.vatCategory}:${row.vatRateBps}`}>
              <th scope="row" className="font-normal">
                {VAT_CATEGORY_LABELS[locale][row.vatCategory]}
              </th>
              <td className="text-right tabular-nums">{rateText(row.vatRateBps, locale)}</td>
              <td className="text-right tabular-nums">{money(row.baseCents)}</td>
              <td className="text-right tabular-nums">{money(row.vatCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200 bg-slate-50">
          <tr>
            <th scope="row">{labels.total}</th>
            <td />
            <td className="text-right font-semibold tabular-nums">{money(section.total.baseCents)}</td>
            <td className="text-right font-semibold tabular-nums">{money(section.total.vatCents)}</td>
          </tr>
        </tfoot>
      </TableCard>
    </div>
  );
}

function Ca3Table({
  report,
  caption,
  locale,
  labels,
  money,
}: {
  report: VatReport;
  caption: string;
  locale: Locale;
  labels: Labels;
  money: (cents: number) => string;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <CardTitle id="vat-ca3-title">{labels.ca3Title}</CardTitle>
      <p className="text-sm text-slate-600">{labels.ca3Hint}</p>
      <TableCard
        caption={caption}
        tableClassName={`min-w-[36rem] ${cellPadding}`}
        scrollRegion={{ "aria-labelledby": "vat-ca3-title" }}
      >
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col">{labels.line}</th>
            <th scope="col">{labels.label}</th>
            <th scope="col" className="text-right">
              {labels.base}
            </th>
            <th scope="col" className="text-right">
              {labels.vat}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.ca3.map((line) => (
            <tr key={line.code ?? `rate-${line.vatRateBps}`}>
              <th scope="row">{line.code ?? labels.noLine}</th>
              <td>{ca3LineLabel(line, locale)}</td>
              <td className="text-right tabular-nums">{line.baseCents === null ? "" : money(line.baseCents)}</td>
              <td className="text-right tabular-nums">{line.vatCents === null ? "" : money(line.vatCents)}</td>
            </tr>
          ))}
        </tbody>
      </TableCard>
    </div>
  );
}

export function VatReportTables({ report, locale, labels }: { report: VatReport; locale: Locale; labels: Labels }) {
  const money = (cents: number) => formatMoney(cents, locale, report.currency);
  const dates = (text: string) =>
    text
      .replace("{from}", formatCalendarDay(report.period.from, locale, "long"))
      .replace("{to}", formatCalendarDay(report.period.to, locale, "long"));
  return (
    <div className="flex min-w-0 flex-col gap-6">
      {vatReportSections(report).map((section) => (
        <SectionTable
          key={section.key}
          section={section}
          caption={dates(labels[`${section.key}Caption`])}
          locale={locale}
          labels={labels}
          money={money}
        />
      ))}
      <Ca3Table report={report} caption={dates(labels.ca3Caption)} locale={locale} labels={labels} money={money} />
    </div>
  );
}
