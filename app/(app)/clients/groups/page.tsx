import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { can } from "@/lib/auth/permissions";
import { listGroups } from "@/lib/client-groups/list-groups";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { pickClientMessages } from "../client-messages";
import { CreateGroupForm, DeleteGroupButton, RenameGroupForm } from "./group-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.clientGroups.title} · ${messages.common.appName}` };
}

const cell = "px-4 py-3 align-top";

export default async function ClientGroupsPage() {
  const member = await requireActiveMember("clients.read");
  const { messages } = await getRequestMessages();
  const groups = await listGroups(member);
  const t = messages.clientGroups;
  const canWrite = can(member.role, "clients.write");
  const formMessages = pickClientMessages(messages);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/clients" className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToClients}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{t.lead}</p>

      {canWrite ? (
        <section aria-labelledby="new-group" className={cardClass({ className: "mb-6" })}>
          <h2 id="new-group" className="mb-3 text-lg font-semibold">
            {t.createTitle}
          </h2>
          <CreateGroupForm messages={formMessages} />
        </section>
      ) : null}

      {groups.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-600">
          {t.empty}
        </p>
      ) : (
        <TableCard caption={t.tableCaption} tableClassName="min-w-[36rem]">
          <thead className={tableHeadClass}>
            <tr>
              <th scope="col" className={cell}>
                {t.name}
              </th>
              <th scope="col" className={cell}>
                {t.clients}
              </th>
              {canWrite ? (
                <th scope="col" className={cell}>
                  {t.actions}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {groups.map((group) => (
              <tr key={group.id}>
                <th scope="row" className={`${cell} font-medium text-slate-900`}>
                  {canWrite ? <RenameGroupForm group={group} messages={formMessages} /> : group.name}
                </th>
                <td className={`${cell} whitespace-nowrap`}>
                  <Link
                    href={`/clients?group=${encodeURIComponent(group.id)}&status=all`}
                    className="text-brand-700 underline-offset-2 hover:underline"
                    aria-label={format(t.showClients, { name: group.name })}
                  >
                    {format(t.clientCount, { count: group.clientCount })}
                  </Link>
                </td>
                {canWrite ? (
                  <td className={cell}>
                    <DeleteGroupButton group={group} messages={formMessages} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}
    </>
  );
}
