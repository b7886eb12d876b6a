import type { Metadata } from "next";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { DownloadLinks } from "@/components/reports/download-links";
import { VatReportTables } from "@/components/reports/vat-report-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import type { DashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { periodPickerState, periodQuery } from "@/lib/dashboard/period-picker-state";
import { calendarDate } from "@/lib/documents/calendar-date";
import { vatReport } from "@/lib/reports/vat/vat-report";
import { isEmptyVatReport } from "@/lib/reports/vat/vat-report-sections";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

// The VAT report of the period in the URL (?period=&from=&to=, the dashboard's picker; this
// month by default): a bad period is reported on its fields and this month is shown. The
// figures come from lib/reports/vat; the downloads carry the same period.

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reports.vat.title} · ${messages.common.appName}` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The download's URL for the period on screen (custom dates only for a custom period). */
function downloadHref(period: DashboardPeriod): string {
  return `/api/reports/vat?${periodQuery(period)}`;
}

export default async function VatReportPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const t = messages.reports.vat;
  const picker = periodPickerState(params, calendarDate());
  const report = await vatReport(member, picker.period);
  const invalid = Object.keys(picker.errors).length > 0;
  const regime = report.franchise ? t.franchise : report.vatOnDebits ? t.onDebits : t.onReceipts;

  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-1 max-w-3xl text-sm text-slate-600">{t.intro.replace("{currency}", report.currency)}</p>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">{regime}</p>
      <div className="flex min-w-0 flex-col gap-6">
        <div className="flex flex-col gap-3">
          {invalid ? (
            <p id="vat-period-invalid" className="text-sm font-medium text-red-700">
              {t.errorSummary}
            </p>
          ) : null}
          <PeriodPicker
            action="/reports/vat"
            idPrefix="vat"
            kind={picker.kind}
            from={picker.from}
            to={picker.to}
            errors={picker.errors}
            labels={messages.dashboard}
          />
          {can(member.role, "exports.read") ? (
            <DownloadLinks href={downloadHref(picker.period)} labels={messages.reports.downloads} />
          ) : null}
        </div>
        {isEmptyVatReport(report) ? (
          <EmptyState title={t.emptyTitle} body={t.emptyBody} />
        ) : (
          <VatReportTables report={report} locale={locale} labels={t} />
        )}
      </div>
    </>
  );
}
