import type { Metadata } from "next";
import Link from "next/link";
import { FecPeriodForm } from "@/components/reports/fec-period-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { calendarDate } from "@/lib/documents/calendar-date";
import { fecFileName } from "@/lib/exports/fec/fec-file-name";
import { resolveFecPeriod } from "@/lib/exports/fec/resolve-fec-period";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

// The FEC download (exports.read: OWNER, ADMIN, ACCOUNTANT): a period (last calendar year by
// default), checked here, then a plain link to GET /api/exports/fec that streams the file.

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reports.fec.title} · ${messages.common.appName}` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FecPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("exports.read");
  const [{ messages }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const t = messages.reports.fec;
  const state = resolveFecPeriod(params, calendarDate());
  const fileName = state.period ? await fecFileName(member, state.period) : null;
  const href = state.period
    ? `/api/exports/fec?from=${encodeURIComponent(state.period.from)}&to=${encodeURIComponent(state.period.to)}`
    : null;

  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-600">{t.intro}</p>
      <Card className="flex max-w-3xl flex-col gap-4">
        {state.period ? null : (
          <p className="text-sm font-medium text-red-700" role="alert">
            {t.errorSummary}
          </p>
        )}
        <FecPeriodForm from={state.from} to={state.to} errors={state.errors} labels={t} />
        {href && fileName ? (
          <div className="flex flex-wrap items-center gap-3">
            {/* A plain link: a file download the router must not prefetch. */}
            <a href={href} download={fileName} className={buttonClass({ variant: "primary" })}>
              {t.download}
            </a>
            <span className="text-sm text-slate-600">{format(t.fileName, { fileName })}</span>
          </div>
        ) : null}
        {href && !fileName ? (
          <p className="text-sm text-slate-700">
            {t.sirenMissing}{" "}
            <Link href="/settings/organization" className="text-brand-700 underline underline-offset-2">
              {t.sirenLink}
            </Link>
          </p>
        ) : null}
        <p className="text-sm">
          <Link href="/settings/accounting" className="text-brand-700 underline-offset-2 hover:underline">
            {t.accountsLink}
          </Link>
        </p>
      </Card>
    </>
  );
}
