import type { Metadata } from "next";
import Link from "next/link";
import { ChartOfAccountsForm } from "@/components/settings/chart-of-accounts-form";
import { can } from "@/lib/auth/permissions";
import { getChartOfAccounts } from "@/lib/exports/fec/get-chart-of-accounts";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { resetChartOfAccountsAction, updateChartOfAccountsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.chartOfAccounts.title} · ${messages.common.appName}` };
}

/** The roles that get the FEC read the chart it is written with; owners and admins change it. */
export default async function ChartOfAccountsPage() {
  const member = await requireActiveMember("exports.read");
  const { messages } = await getRequestMessages();
  const t = messages.chartOfAccounts;
  const canEdit = can(member.role, "organization.update");
  const rows = await getChartOfAccounts(member);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="text-brand-700 underline-offset-2 hover:underline">
          {messages.settings.organization.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>
      <p className="mb-6 mt-1 text-sm text-slate-600">{t.auxiliaryNote}</p>
      {canEdit ? null : (
        <p role="note" className="mb-6 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t.readOnlyNotice}
        </p>
      )}
      <ChartOfAccountsForm
        rows={rows}
        canEdit={canEdit}
        messages={{ chartOfAccounts: t, loading: messages.common.loading, errors: messages.settings.errors }}
        saveAction={updateChartOfAccountsAction}
        resetAction={resetChartOfAccountsAction}
      />
    </>
  );
}
