import { DownloadLinks } from "@/components/reports/download-links";
import { MAX_EXPORT_ROWS } from "@/lib/csv/csv-limits";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";

// The CSV/XLSX downloads of a list page (invoices, quotes, credit notes, payments), beside its
// filters: the same links as the reports, for roles with exports.read only. When the export
// would refuse what the page shows (reversed dates, too many rows), the page says why instead
// of offering a link that answers an error.

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
  if (problem) {
    const errors: Record<string, string> = labels.listExports.errors;
    const reason = format(errors[problem] ?? errors.generic!, {
      max: new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US").format(MAX_EXPORT_ROWS),
    });
    return <p className="text-sm text-slate-600">{format(labels.listExports.unavailable, { reason })}</p>;
  }
  return <DownloadLinks href={href} labels={labels.reports.downloads} />;
}
