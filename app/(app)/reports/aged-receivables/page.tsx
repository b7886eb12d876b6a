import type { Metadata } from "next";
import { AgedInvoices } from "@/components/reports/aged-invoices";
import { AgedReceivablesTable } from "@/components/reports/aged-receivables-table";
import { AsOfForm } from "@/components/reports/as-of-form";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { calendarDate } from "@/lib/documents/calendar-date";
import { isAppError } from "@/lib/errors/app-error";
import { agedReceivables } from "@/lib/reports/aged-receivables";
import { resolveAsOf } from "@/lib/reports/aged-receivables-as-of";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

// Aged receivables as of ?asOf= (today by default): a bad or future day is reported on the
// field and today's figures are shown. The figures come from lib/reports.

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reports.aged.title} · ${messages.common.appName}` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function asOfState(params: Record<string, string | string[] | undefined>, today: string) {
  try {
    const asOf = resolveAsOf(params, today);
    return { asOf, typed: asOf, errors: undefined };
  } catch (error) {
    if (!isAppError(error) || error.kind !== "VALIDATION") throw error;
    return { asOf: today, typed: first(params.asOf), errors: error.details.fieldErrors?.asOf ?? [] };
  }
}

export default async function AgedReceivablesPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const labels = messages.reports;
  const state = asOfState(params, calendarDate());
  const report = await agedReceivables(member, state.asOf);
  const downloadHref = can(member.role, "exports.read")
    ? `/api/reports/aged-receivables?asOf=${encodeURIComponent(report.asOf)}`
    : null;

  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{labels.aged.title}</h1>
      <div className="flex min-w-0 flex-col gap-6">
        <div className="flex flex-col gap-2">
          {state.errors ? (
            <p id="report-as-of-invalid" className="text-sm font-medium text-red-700">
              {labels.aged.errorSummary}
            </p>
          ) : null}
          <AsOfForm value={state.typed} errors={state.errors} downloadHref={downloadHref} labels={labels} />
        </div>
        {report.clients.length === 0 ? (
          <EmptyState title={labels.aged.emptyTitle} body={labels.aged.emptyBody} />
        ) : (
          <>
            <AgedReceivablesTable report={report} locale={locale} labels={labels.aged} />
            <AgedInvoices report={report} locale={locale} labels={labels.aged} />
          </>
        )}
      </div>
    </>
  );
}
