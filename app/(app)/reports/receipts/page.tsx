import type { Metadata } from "next";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Pagination } from "@/components/lists/pagination";
import { ReceiptsDownloads } from "@/components/reports/receipts-downloads";
import { ReceiptsTable } from "@/components/reports/receipts-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { calendarDate } from "@/lib/documents/calendar-date";
import { parseReceiptsPageNumber } from "@/lib/reports/receipts-register/receipts-page-query";
import { receiptsRegisterPage } from "@/lib/reports/receipts-register/receipts-register-page";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { periodPickerState, periodQuery } from "@/lib/dashboard/period-picker-state";

// The livre des recettes of a period (?period=&from=&to=, the dashboard's picker): a bad
// period is reported on its field and this month's receipts are shown. One page of rows at a
// time (?page=, 50 a page, a bad number is page 1), running totals carried over and the
// period's total, from lib/reports/receipts-register; the CSV, XLSX and PDF hold every row.

const PATH = "/reports/receipts";

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
  const register = await receiptsRegisterPage(member, picker.period, parseReceiptsPageNumber(params.page));
  const invalid = Object.keys(picker.errors).length > 0;
  const query = periodQuery(picker.period);

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
          action={PATH}
          idPrefix="receipts"
          kind={picker.kind}
          from={picker.from}
          to={picker.to}
          errors={picker.errors}
          labels={messages.dashboard}
        />
        {can(member.role, "exports.read") ? (
          <ReceiptsDownloads
            href={`/api/reports/receipts?${query}`}
            labels={messages.reports.downloads}
            pdfLabel={t.pdf}
          />
        ) : null}
        {register.count === 0 ? (
          <EmptyState title={t.emptyTitle} body={t.emptyBody} />
        ) : (
          <div>
            <ReceiptsTable register={register} locale={locale} labels={t} methods={messages.paymentMethods} />
            <Pagination
              pathname={PATH}
              params={Object.fromEntries(new URLSearchParams(query))}
              page={register.page}
              pageCount={register.pageCount}
              total={register.count}
              labels={messages.lists}
            />
          </div>
        )}
      </div>
    </>
  );
}
