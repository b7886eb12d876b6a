import type { Metadata } from "next";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { ReceiptsDownloads } from "@/components/reports/receipts-downloads";
import { ReceiptsTable } from "@/components/reports/receipts-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { calendarDate } from "@/lib/documents/calendar-date";
import { receiptsRegister } from "@/lib/reports/receipts-register/receipts-register";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { periodPickerState, periodQuery } from "@/lib/dashboard/period-picker-state";

// The livre des recettes of a period (?period=&from=&to=, the dashboard's picker): a bad
// period is reported on its field and this month's receipts are shown. The rows come from
// lib/reports/receipts-register; the CSV, XLSX and PDF hold the same.

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reports.receipts.title} · ${messages.common.appName}` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReceiptsRegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const t = messages.reports.receipts;
  const picker = periodPickerState(params, calendarDate());
  const register = await receiptsRegister(member, picker.period);
  const invalid = Object.keys(picker.errors).length > 0;

  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">{t.intro}</p>
      <div className="flex min-w-0 flex-col gap-6">
        {invalid ? (
          <p id="receipts-invalid" role="status" className="text-sm font-medium text-red-700">
            {t.errorSummary}
          </p>
        ) : null}
        <PeriodPicker
          action="/reports/receipts"
          idPrefix="receipts"
          kind={picker.kind}
          from={picker.from}
          to={picker.to}
          errors={picker.errors}
          labels={messages.dashboard}
        />
        {can(member.role, "exports.read") ? (
          <ReceiptsDownloads
            href={`/api/reports/receipts?${periodQuery(picker.period)}`}
            labels={messages.reports.downloads}
            pdfLabel={t.pdf}
          />
        ) : null}
        {register.receipts.length === 0 ? (
          <EmptyState title={t.emptyTitle} body={t.emptyBody} />
        ) : (
          <ReceiptsTable register={register} locale={locale} labels={t} methods={messages.paymentMethods} />
        )}
      </div>
    </>
  );
}
