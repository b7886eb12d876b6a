import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";

// The reports' index: one card per report, and the FEC for the roles that export (exports.read).

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.reports.title} · ${messages.common.appName}` };
}

export default async function ReportsPage() {
  const member = await requireActiveMember("documents.read");
  const { messages } = await getRequestMessages();
  const t = messages.reports;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 text-sm text-slate-600">{t.intro}</p>
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Card as="li">
          <h2 className="text-lg font-semibold">
            <Link href="/reports/aged-receivables" className="text-brand-700 underline-offset-2 hover:underline">
              {t.agedReceivablesLink}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t.agedReceivablesSummary}</p>
        </Card>
        <Card as="li">
          <h2 className="text-lg font-semibold">
            <Link href="/reports/vat" className="text-brand-700 underline-offset-2 hover:underline">
              {t.vat.link}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t.vat.summary}</p>
        </Card>
        <Card as="li">
          <h2 className="text-lg font-semibold">
            <Link href="/reports/sales" className="text-brand-700 underline-offset-2 hover:underline">
              {t.sales.link}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t.sales.summary}</p>
        </Card>
        <Card as="li">
          <h2 className="text-lg font-semibold">
            <Link href="/reports/receipts" className="text-brand-700 underline-offset-2 hover:underline">
              {t.receipts.link}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t.receipts.summary}</p>
        </Card>
        {can(member.role, "exports.read") ? (
          <Card as="li">
            <h2 className="text-lg font-semibold">
              <Link href="/reports/fec" className="text-brand-700 underline-offset-2 hover:underline">
                {t.fec.link}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t.fec.summary}</p>
          </Card>
        ) : null}
      </ul>
    </>
  );
}
