import {
  DASHBOARD_PERIODS,
  periodOf,
  resolveDashboardPeriod,
  type DashboardPeriod,
  type DashboardPeriodKind,
} from "@/lib/dashboard/dashboard-period";
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";

// The period of a page with the period picker (the dashboard, the VAT and sales reports, the
// receipts register): the picker's parameters (?period=&from=&to=). A bad one is reported on its
// fields and this month is shown; the picker keeps what was typed so it can be corrected.

export type PeriodPickerState = {
  period: DashboardPeriod;
  kind: DashboardPeriodKind;
  from: string;
  to: string;
  errors: FieldErrors;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function periodPickerState(params: Params, today: string): PeriodPickerState {
  try {
    const period = resolveDashboardPeriod(params, today);
    return { period, kind: period.kind, from: period.from, to: period.to, errors: {} };
  } catch (error) {
    if (!isAppError(error) || error.kind !== "VALIDATION") throw error;
    const asked = first(params.period);
    return {
      period: periodOf("this-month", today),
      kind: (DASHBOARD_PERIODS as readonly string[]).includes(asked) ? (asked as DashboardPeriodKind) : "this-month",
      from: first(params.from),
      to: first(params.to),
      errors: error.details.fieldErrors ?? {},
    };
  }
}

/** The query of the period shown (period=…, and from/to for a custom one), for links and downloads. */
export function periodQuery(period: DashboardPeriod): string {
  const query = new URLSearchParams({ period: period.kind });
  if (period.kind === "custom") {
    query.set("from", period.from);
    query.set("to", period.to);
  }
  return query.toString();
}
