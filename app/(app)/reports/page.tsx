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
  const reports = [
    { href: "/reports/aged-receivables", link: t.agedReceivablesLink, summary: t.agedReceivablesSummary },
    { href: "/reports/vat", ...t.vat },
    { href: "/reports/sales", ...t.sales },
    { href: "/reports/receipts", ...t.receipts },
    // The FEC is an accounting export: only the roles that may download it see it.
    ...(can(member.role, "exports.read") ? [{ href: "/reports/fec", ...t.fec }] : []),
  ];
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 text-sm text-slate-600">{t.intro}</p>
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {reports.map((report) => (
          <Card as="li" key={report.href}>
            <h2 className="text-lg font-semibold">
              <Link href={report.href} className="text-brand-700 underline-offset-2 hover:underline">
                {report.link}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{report.summary}</p>
          </Card>
        ))}
      </ul>
    </>
  );
}
