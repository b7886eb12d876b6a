import { Button } from "@/components/ui/button";
import { filterControlClass } from "@/components/ui/filter-control";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { DownloadLinks } from "./download-links";

// The as-of day of the aged receivables: a plain GET form (?asOf=, and ?client= on a client's
// invoices), so it works without JavaScript and a day can be bookmarked; the CSV and XLSX links (for roles with exports.read)
// download the figures of the day on screen.

type AsOfFormProps = {
  /** What the field shows: the day in view, or what was typed when it was refused. */
  value: string;
  /** Field error codes of asOf (reports.errors.*). */
  errors: string[] | undefined;
  /** The download's URL (without format), or null when the role may not export. */
  downloadHref: string | null;
  /** The client whose invoices are in view: another day keeps showing them. */
  clientId?: string | null;
  labels: ReportsMessages;
};

export function AsOfForm({ value, errors, downloadHref, clientId, labels }: AsOfFormProps) {
  const t = labels.aged;
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <form method="get" action="/reports/aged-receivables" className="flex flex-col gap-2">
      {clientId ? <input type="hidden" name="client" value={clientId} /> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col text-sm font-medium text-slate-800">
          <label htmlFor="report-as-of">{t.asOfLabel}</label>
          <input
            id="report-as-of"
            name="asOf"
            type="date"
            defaultValue={value}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={["report-as-of-hint", invalid ? "report-as-of-error" : null].filter(Boolean).join(" ")}
            className={filterControlClass}
          />
          {invalid ? (
            <ul id="report-as-of-error" className="mt-1 text-sm font-normal text-red-700">
              {errors.map((code) => (
                <li key={code}>{labels.errors[code as keyof ReportsMessages["errors"]] ?? code}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <Button type="submit" variant="secondary">
          {t.show}
        </Button>
        {downloadHref ? <DownloadLinks href={downloadHref} labels={labels.downloads} /> : null}
      </div>
      <p id="report-as-of-hint" className="text-xs text-slate-600">
        {t.asOfHint}
      </p>
    </form>
  );
}
