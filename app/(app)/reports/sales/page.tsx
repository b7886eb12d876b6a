import type { Metadata } from "next";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { DownloadLinks } from "@/components/reports/download-links";
import { SalesTable } from "@/components/reports/sales-table";
import { SalesViewSwitch } from "@/components/reports/sales-view-switch";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { calendarDate } from "@/lib/documents/calendar-date";
import { isAppError } from "@/lib/errors/app-error";
import { salesReport } from "@/lib/reports/sales/sales-report";
import { resolveSalesView, type SalesView } from "@/lib/reports/sales/sales-view";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { periodPickerState, periodQuery } from "@/lib/dashboard/period-picker-state";

// The sales report of a period (?period=&from=&to=, the dashboard's picker) by client, article
// or month (?by=). A bad period or view is reported on its field and this month's sales by
// client are shown. The figures come from lib/reports/sales; the downloads hold the same.

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reports.sales.title} · ${messages.common.appName}` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function viewState(params: Record<string, string | string[] | undefined>): { view: SalesView; errors?: string[] } {
  try {
    return { view: resolveSalesView(params) };
  } catch (error) {
    if (!isAppError(error) || error.kind !== "VALIDATION") throw error;
    return { view: "client", errors: error.details.fieldErrors?.by ?? [] };
  }
}

export default async function SalesReportPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const t = messages.reports.sales;
  const picker = periodPickerState(params, calendarDate());
  const { view, errors: viewErrors } = viewState(params);
  const report = await salesReport(member, picker.period, view);
  const query = periodQuery(picker.period);
  const invalid = viewErrors !== undefined || Object.keys(picker.errors).length > 0;

  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">{t.intro}</p>
      <div className="flex min-w-0 flex-col gap-6">
        {invalid ? (
          <p id="sales-invalid" role="status" className="text-sm font-medium text-red-700">
            {t.errorSummary}
          </p>
        ) : null}
        <PeriodPicker
          action="/reports/sales"
          idPrefix="sales"
          hidden={{ by: view }}
          kind={picker.kind}
          from={picker.from}
          to={picker.to}
          errors={picker.errors}
          labels={messages.dashboard}
        />
        <div className="flex flex-wrap items-start justify-between gap-4">
          <SalesViewSwitch view={view} periodQuery={query} errors={viewErrors} labels={t} />
          {can(member.role, "exports.read") ? (
            <DownloadLinks href={`/api/reports/sales?by=${view}&${query}`} labels={messages.reports.downloads} />
          ) : null}
        </div>
        {report.totals.documentCount === 0 ? (
          <EmptyState title={t.emptyTitle} body={t.emptyBody} />
        ) : (
          <SalesTable report={report} locale={locale} labels={t} />
        )}
      </div>
    </>
  );
}
