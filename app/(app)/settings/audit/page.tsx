import type { Metadata } from "next";
import Link from "next/link";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { formatParisInstant } from "@/lib/dates/format-date";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.auditLog.title} · ${messages.common.appName}` };
}

const cell = "px-4 py-3";

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string | string[] }>;
}) {
  const member = await requireActiveMember("auditLog.read");
  const { locale, messages } = await getRequestMessages();
  const t = messages.auditLog;
  const { cursor } = await searchParams;
  const current = typeof cursor === "string" ? cursor : null;
  const page = await listAuditLog(member, current);
  const actionLabels: Record<string, string> = t.actions;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="text-brand-700 underline-offset-2 hover:underline">
          {messages.members.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>
      {page.entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t.empty}</p>
      ) : (
        // Focusable and named: on a phone the table scrolls sideways and holds nothing focusable.
        <TableCard caption={t.caption} scrollRegion={{ "aria-label": t.caption }}>
          <thead className={tableHeadClass}>
            <tr>
              <th scope="col" className={cell}>
                {t.time}
              </th>
              <th scope="col" className={cell}>
                {t.action}
              </th>
              <th scope="col" className={cell}>
                {t.actor}
              </th>
              <th scope="col" className={cell}>
                {t.ip}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {page.entries.map((entry) => (
              <tr key={entry.id}>
                <td className={`${cell} whitespace-nowrap text-slate-700`}>
                  <time dateTime={entry.createdAt.toISOString()}>
                    {formatParisInstant(entry.createdAt, locale, { dateStyle: "short", time: "seconds" })}
                  </time>
                </td>
                <td className={`${cell} text-slate-900`}>{actionLabels[entry.action] ?? entry.action}</td>
                <td className={`${cell} text-slate-700`}>{entry.actorName ?? t.system}</td>
                <td className={`${cell} font-mono text-xs text-slate-600`}>{entry.ip ?? t.system}</td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
      {current || page.nextCursor ? (
        <nav aria-label={t.pagination} className="mt-4 flex flex-wrap justify-between gap-3 text-sm">
          {current ? (
            <Link href="/settings/audit" className="text-brand-700 underline-offset-2 hover:underline">
              {t.first}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link
              href={`/settings/audit?cursor=${encodeURIComponent(page.nextCursor)}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {t.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
