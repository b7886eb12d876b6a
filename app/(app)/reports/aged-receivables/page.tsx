import type { Metadata } from "next";
import { AgedInvoices } from "@/components/reports/aged-invoices";
import { AgedReceivablesTable } from "@/components/reports/aged-receivables-table";
import { AsOfForm } from "@/components/reports/as-of-form";
import { EmptyState } from "@/components/ui/empty-state";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import { calendarDate } from "@/lib/documents/calendar-date";
import { isAppError } from "@/lib/errors/app-error";
import { agedInvoicesOfClient, type AgedClientInvoices } from "@/lib/reports/aged-client-invoices";
import { agedReceivables } from "@/lib/reports/aged-receivables";
import { resolveAsOf } from "@/lib/reports/aged-receivables-as-of";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

// Aged receivables as of ?asOf= (today by default): a bad or future day is reported on the
// field and today's figures are shown. The summary lists the clients' amounts; ?client= shows
// one client's invoices instead (read on demand: every client's at once was 180,000 rows at
// 1,000,000 invoices), or the summary when that client is not the organization's. The figures
// come from lib/reports.

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

/** One client's invoices, or null for a client id that is malformed, unknown or another organization's. */
async function clientDetail(member: MemberContext, asOf: string, clientId: string): Promise<AgedClientInvoices | null> {
  if (clientId === "") return null;
  try {
    return await agedInvoicesOfClient(member, asOf, clientId);
  } catch (error) {
    if (isAppError(error) && error.kind === "NOT_FOUND") return null;
    throw error;
  }
}

export default async function AgedReceivablesPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const labels = messages.reports;
  const state = asOfState(params, calendarDate());
  const detail = await clientDetail(member, state.asOf, first(params.client));
  const report = detail ? null : await agedReceivables(member, state.asOf);
  const asOfQuery = `asOf=${encodeURIComponent(state.asOf)}`;
  const downloadHref = can(member.role, "exports.read") ? `/api/reports/aged-receivables?${asOfQuery}` : null;

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
          <AsOfForm
            value={state.typed}
            errors={state.errors}
            downloadHref={downloadHref}
            clientId={detail?.client.id ?? null}
            labels={labels}
          />
        </div>
        {detail ? (
          <AgedInvoices
            detail={detail}
            summaryHref={`/reports/aged-receivables?${asOfQuery}`}
            locale={locale}
            labels={labels.aged}
          />
        ) : report && report.clients.length > 0 ? (
          <AgedReceivablesTable report={report} locale={locale} labels={labels.aged} />
        ) : (
          <EmptyState title={labels.aged.emptyTitle} body={labels.aged.emptyBody} />
        )}
      </div>
    </>
  );
}
