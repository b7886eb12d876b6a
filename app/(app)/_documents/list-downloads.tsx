import { DownloadLinks, withFormat } from "@/components/reports/download-links";
import { buttonClass } from "@/components/ui/button";
import { MAX_EXPORT_ROWS } from "@/lib/csv/csv-limits";
import { MAX_XLSX_EXPORT_ROWS } from "@/lib/exports/lists/list-export-limits";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";

// The CSV/XLSX downloads of a list page (invoices, quotes, credit notes, payments), beside its
// filters: the same links as the reports, for roles with exports.read only. When the export
// would refuse what the page shows (reversed dates, too many rows), the page says why instead
// of offering a link that answers an error; a list too long for an XLSX keeps its CSV link.

type ListDownloadsProps = {
  canExport: boolean;
  /** lib/exports/lists/list-export-href.ts */
  href: string;
  problem: string | null;
  locale: Locale;
  labels: Pick<Messages, "reports" | "listExports">;
};

export function ListDownloads({ canExport, href, problem, locale, labels }: ListDownloadsProps) {
  if (!canExport) return null;
  if (!problem) return <DownloadLinks href={href} labels={labels.reports.downloads} />;
  const errors: Record<string, string> = labels.listExports.errors;
  const max = problem === "xlsx_too_large" ? MAX_XLSX_EXPORT_ROWS : MAX_EXPORT_ROWS;
  const reason = format(errors[problem] ?? errors.generic!, {
    max: new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US").format(max),
  });
  const template = problem === "xlsx_too_large" ? labels.listExports.xlsxUnavailable : labels.listExports.unavailable;
  const note = <p className="text-sm text-slate-600">{format(template, { reason })}</p>;
  if (problem !== "xlsx_too_large") return note;
  const downloads = labels.reports.downloads;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div role="group" aria-label={downloads.label}>
        <a href={withFormat(href, "csv")} download className={buttonClass({ variant: "secondary" })}>
          {downloads.csv}
        </a>
      </div>
      {note}
    </div>
  );
}
