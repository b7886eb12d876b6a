import Link from "next/link";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";
import { SALES_VIEWS, type SalesView } from "@/lib/reports/sales/sales-view";

// The sales report's view switch: one link per view (?by=client|article|month) keeping the
// period's parameters, the current one marked aria-current. Links, not a form: each view is a
// page of its own, bookmarkable, and it works without JavaScript. An unknown ?by= is reported
// under the switch (the page shows the client view meanwhile).

type SalesViewSwitchProps = {
  view: SalesView;
  /** The period's query (period=…&from=&to=) each link keeps. */
  periodQuery: string;
  errors: string[] | undefined;
  labels: ReportsMessages["sales"];
};

const base = "rounded-md px-3 py-1.5 text-sm font-medium underline-offset-2";

export function SalesViewSwitch({ view, periodQuery, errors, labels }: SalesViewSwitchProps) {
  return (
    <div className="flex flex-col gap-1">
      <nav aria-label={labels.viewLabel} aria-describedby={errors ? "sales-view-error" : undefined}>
        <ul className="flex flex-wrap items-center gap-2">
          <li className="text-sm font-medium text-slate-800" aria-hidden="true">
            {labels.viewLabel}
          </li>
          {SALES_VIEWS.map((option) => (
            <li key={option}>
              <Link
                href={`/reports/sales?by=${option}&${periodQuery}`}
                aria-current={option === view ? "page" : undefined}
                className={
                  option === view
                    ? `${base} bg-brand-700 text-white`
                    : `${base} border border-slate-300 bg-white text-brand-700 hover:underline`
                }
              >
                {labels.views[option]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {errors && errors.length > 0 ? (
        <ul id="sales-view-error" className="text-sm text-red-700">
          {errors.map((code) => (
            <li key={code}>{labels.errors[code as keyof ReportsMessages["sales"]["errors"]] ?? code}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
