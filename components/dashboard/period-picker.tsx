import { Button } from "@/components/ui/button";
import { filterControlClass } from "@/components/ui/filter-control";
import { DASHBOARD_PERIODS, type DashboardPeriodKind } from "@/lib/dashboard/dashboard-period";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { DashboardMessages } from "@/lib/i18n/messages/dashboard-fr";

// The period picker of the dashboard and the reports: a plain GET form (?period=&from=&to=), so it
// works without JavaScript and a period can be bookmarked. The dates matter only for "custom"; they show the period in view,
// a starting point for a custom one.

const field = "flex flex-col text-sm font-medium text-slate-800";

type PeriodPickerProps = {
  /** The page the form reloads ("/dashboard", "/reports/vat"…). */
  action?: string;
  /** Prefix of the form's element ids, unique on the page. */
  idPrefix?: string;
  /** Other parameters of the page to keep when the period changes (e.g. a report's view). */
  hidden?: Record<string, string>;
  kind: DashboardPeriodKind;
  from: string;
  to: string;
  errors: FieldErrors;
  labels: DashboardMessages;
};

function ErrorList({ id, codes, labels }: { id: string; codes: string[] | undefined; labels: DashboardMessages }) {
  if (!codes || codes.length === 0) return null;
  return (
    <ul id={id} className="mt-1 text-sm font-normal text-red-700">
      {codes.map((code) => (
        <li key={code}>{labels.errors[code as keyof DashboardMessages["errors"]] ?? code}</li>
      ))}
    </ul>
  );
}

export function PeriodPicker({
  action = "/dashboard",
  idPrefix = "dashboard",
  hidden = {},
  kind,
  from,
  to,
  errors,
  labels,
}: PeriodPickerProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const describedBy = (name: string) =>
    [id("dates-hint"), errors[name] ? id(`${name}-error`) : null].filter(Boolean).join(" ");
  return (
    <form method="get" action={action} aria-labelledby={id("period-title")} className="flex flex-col gap-2">
      <h2 id={id("period-title")} className="sr-only">
        {labels.periodTitle}
      </h2>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-3">
        <div className={field}>
          <label htmlFor={id("period")}>{labels.period}</label>
          <select
            id={id("period")}
            name="period"
            defaultValue={kind}
            aria-invalid={errors.period ? true : undefined}
            aria-describedby={errors.period ? id("period-error") : undefined}
            className={filterControlClass}
          >
            {DASHBOARD_PERIODS.map((period) => (
              <option key={period} value={period}>
                {labels.periods[period]}
              </option>
            ))}
          </select>
          <ErrorList id={id("period-error")} codes={errors.period} labels={labels} />
        </div>
        <div className={field}>
          <label htmlFor={id("from")}>{labels.from}</label>
          <input
            id={id("from")}
            name="from"
            type="date"
            defaultValue={from}
            aria-invalid={errors.from ? true : undefined}
            aria-describedby={describedBy("from")}
            className={filterControlClass}
          />
          <ErrorList id={id("from-error")} codes={errors.from} labels={labels} />
        </div>
        <div className={field}>
          <label htmlFor={id("to")}>{labels.to}</label>
          <input
            id={id("to")}
            name="to"
            type="date"
            defaultValue={to}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={describedBy("to")}
            className={filterControlClass}
          />
          <ErrorList id={id("to-error")} codes={errors.to} labels={labels} />
        </div>
        <Button type="submit" variant="secondary">
          {labels.apply}
        </Button>
      </div>
      <p id={id("dates-hint")} className="text-xs text-slate-600">
        {labels.customHint}
      </p>
    </form>
  );
}
