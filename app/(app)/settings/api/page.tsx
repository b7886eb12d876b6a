import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokenCreator } from "@/components/api-tokens/api-token-form";
import { cardClass } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { apiV1Scopes } from "@/lib/api/v1/api-v1-scopes";
import { rolePermissions } from "@/lib/auth/permissions";
import { formatParisInstant } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.apiTokens.title} · ${messages.common.appName}` };
}

const cell = "px-3 py-2 align-top";
const statusClass = { active: "text-green-800", expired: "text-slate-600", revoked: "text-red-700" } as const;

/** Owners and admins (organization.update) create, list and revoke the organization's API tokens. */
export default async function ApiSettingsPage() {
  const member = await requireActiveMember("organization.update");
  const { locale, messages } = await getRequestMessages();
  const t = messages.apiTokens;
  const tokens = await listApiTokens(member);
  const allowed = rolePermissions[member.role];
  const scopeGroups: { group: string; scopes: string[] }[] = [];
  for (const scope of apiV1Scopes().filter((permission) => allowed.has(permission))) {
    const group = scope.split(".")[0]!;
    const last = scopeGroups.at(-1);
    if (last?.group === group) last.scopes.push(scope);
    else scopeGroups.push({ group, scopes: [scope] });
  }
  const when = (date: Date) => formatParisInstant(date, locale, { dateStyle: "short", time: true });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>
      <p className="mb-6 mt-2 flex flex-wrap gap-4 text-sm">
        {/* A route handler's HTML page, not an app page: a plain link loads it whole. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/docs" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t.reference}
        </a>
        <a href="/api/v1/openapi.json" className="text-brand-700 underline-offset-2 hover:underline">
          {t.openApi}
        </a>
      </p>

      {tokens.length === 0 ? (
        <EmptyState title={t.emptyTitle} body={t.emptyBody} />
      ) : (
        // A focusable, named scroll box: revoked and expired tokens have no button, and a list of
        // only those would leave a keyboard user on a phone unable to scroll it sideways.
        <TableCard
          caption={t.listCaption}
          tableClassName="min-w-[56rem]"
          scrollRegion={{ "aria-label": t.listCaption }}
        >
          <thead className={tableHeadClass}>
            <tr>
              <th scope="col" className={cell}>
                {t.name}
              </th>
              <th scope="col" className={cell}>
                {t.scopes}
              </th>
              <th scope="col" className={cell}>
                {t.createdBy}
              </th>
              <th scope="col" className={cell}>
                {t.lastUsed}
              </th>
              <th scope="col" className={cell}>
                {t.expiresOn}
              </th>
              <th scope="col" className={cell}>
                {t.status}
              </th>
              <th scope="col" className={cell}>
                <span className="sr-only">{t.revoke}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {tokens.map((token) => (
              <tr key={token.id}>
                <td className={cell}>
                  <span className="font-medium text-slate-900">{token.name}</span>
                  <code className="block text-xs text-slate-500" aria-label={t.prefix}>
                    {token.prefix}…
                  </code>
                </td>
                <td className={cell}>
                  <ul className="flex flex-wrap gap-1">
                    {token.scopes.map((scope) => (
                      <li
                        key={scope}
                        className="rounded-md bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                      >
                        {scope}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className={`${cell} text-slate-700`}>
                  {token.createdBy?.name ?? "—"}
                  <span className="block text-xs text-slate-500">
                    <time dateTime={token.createdAt.toISOString()}>{when(token.createdAt)}</time>
                  </span>
                </td>
                <td className={`${cell} text-slate-700`}>
                  {token.lastUsedAt
                    ? format(t.lastUsedValue, { date: when(token.lastUsedAt), ip: token.lastUsedIp ?? "?" })
                    : t.never}
                </td>
                <td className={`${cell} whitespace-nowrap text-slate-700`}>
                  {/* expiresAt is the start of the day after the last one. */}
                  {token.expiresAt
                    ? formatParisInstant(new Date(token.expiresAt.getTime() - 1), locale, { dateStyle: "medium" })
                    : t.noExpiry}
                </td>
                <td className={`${cell} ${statusClass[token.status]}`}>{t.statuses[token.status]}</td>
                <td className={cell}>
                  {token.status === "revoked" ? null : (
                    <ConfirmButton
                      title={t.revokeTitle}
                      body={format(t.revokeBody, { name: token.name })}
                      confirmLabel={t.revokeConfirm}
                      cancelLabel={t.cancel}
                      action={revokeApiTokenAction}
                      fields={{ tokenId: token.id }}
                    >
                      <span aria-hidden="true">{t.revoke}</span>
                      <span className="sr-only">{format(t.revokeLabel, { name: token.name })}</span>
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </TableCard>
      )}

      <section aria-labelledby="api-token-add-title" className={cardClass({ className: "mt-8" })}>
        <h2 id="api-token-add-title" className="mb-4 text-lg font-semibold text-slate-900">
          {t.addTitle}
        </h2>
        <ApiTokenCreator
          scopeGroups={scopeGroups}
          messages={{ ...t, loading: messages.common.loading }}
          action={createApiTokenAction}
        />
      </section>
    </>
  );
}
