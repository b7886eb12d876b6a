import { buttonClass } from "@/components/ui/button";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";

// The CSV and XLSX downloads of a report or a filtered list: plain links (a file download, not a
// page the router should prefetch) to the same URL with &format=csv|xlsx, so both files hold the
// figures on screen. Shown only to roles with exports.read (the page decides).

type DownloadLinksProps = {
  /** The export's URL with the page's parameters, without format. */
  href: string;
  labels: ReportsMessages["downloads"];
};

export function withFormat(href: string, format: "csv" | "xlsx"): string {
  return `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
}

export function DownloadLinks({ href, labels }: DownloadLinksProps) {
  return (
    <div role="group" aria-label={labels.label} className="flex flex-wrap gap-2">
      <a href={withFormat(href, "csv")} download className={buttonClass({ variant: "secondary" })}>
        {labels.csv}
      </a>
      <a href={withFormat(href, "xlsx")} download className={buttonClass({ variant: "secondary" })}>
        {labels.xlsx}
      </a>
    </div>
  );
}
