import { Button } from "@/components/ui/button";
import { filterControlClass } from "@/components/ui/filter-control";
import type { FieldErrors } from "@/lib/errors/app-error";
import type { ReportsMessages } from "@/lib/i18n/messages/reports-fr";

// The FEC's period: a plain GET form back to /reports/fec (works without JavaScript, a period
// can be bookmarked). The page checks it and only then offers the download, so a bad period is
// said on its field instead of the file route's problem JSON.

type FecPeriodFormProps = {
  from: string;
  to: string;
  errors: FieldErrors;
  labels: ReportsMessages["fec"];
};

const field = "flex flex-col text-sm font-medium text-slate-800";

export function FecPeriodForm({ from, to, errors, labels }: FecPeriodFormProps) {
  const input = (name: "from" | "to") => {
    const codes = errors[name];
    const invalid = codes !== undefined && codes.length > 0;
    return (
      <div className={field}>
        <label htmlFor={`fec-${name}`}>{labels[name]}</label>
        <input
          id={`fec-${name}`}
          name={name}
          type="date"
          defaultValue={name === "from" ? from : to}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={["fec-hint", invalid ? `fec-${name}-error` : null].filter(Boolean).join(" ")}
          className={filterControlClass}
        />
        {invalid ? (
          <ul id={`fec-${name}-error`} className="mt-1 text-sm font-normal text-red-700">
            {codes.map((code) => (
              <li key={code}>{labels.errors[code as keyof ReportsMessages["fec"]["errors"]] ?? code}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  };
  return (
    <form method="get" action="/reports/fec" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        {input("from")}
        {input("to")}
        <Button type="submit" variant="secondary">
          {labels.check}
        </Button>
      </div>
      <p id="fec-hint" className="text-xs text-slate-600">
        {labels.hint}
      </p>
    </form>
  );
}
