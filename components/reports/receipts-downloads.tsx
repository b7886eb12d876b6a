import { buttonClass } from "@/components/ui/button";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { withFormat } from "./download-links";

// The receipts register's downloads: the tables' CSV and XLSX links plus the PDF to print and
// keep with the books, all the same URL with &format=… so every file holds the rows on screen.
// Shown only to roles with exports.read (the page decides).

type ReceiptsDownloadsProps = {
  /** The export's URL with the page's period, without format. */
  href: string;
  labels: ReportsMessages["downloads"];
  pdfLabel: string;
};

export function ReceiptsDownloads({ href, labels, pdfLabel }: ReceiptsDownloadsProps) {
  const pdf = `${href}${href.includes("?") ? "&" : "?"}format=pdf`;
  return (
    <div role="group" aria-label={labels.label} className="flex flex-wrap gap-2">
      <a href={withFormat(href, "csv")} download className={buttonClass({ variant: "secondary" })}>
        {labels.csv}
      </a>
      <a href={withFormat(href, "xlsx")} download className={buttonClass({ variant: "secondary" })}>
        {labels.xlsx}
      </a>
      <a href={pdf} download className={buttonClass({ variant: "secondary" })}>
        {pdfLabel}
      </a>
    </div>
  );
}
