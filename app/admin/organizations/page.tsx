import type { Metadata } from "next";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { Pagination } from "@/components/lists/pagination";
import { SortHeader } from "@/components/lists/sort-header";
import { EmptyState } from "@/components/ui/empty-state";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { listOrganizations } from "@/lib/admin/list-organizations";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../_shared/request-locale";
import { requirePlatformAdmin } from "../../_shared/session";
import { setOrganizationDisabledAction } from "../actions";
import { formatDate } from "../format-date";
import { listParams } from "../list-params";
import { ListToolbar } from "../list-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.admin.organizations.title} · ${messages.admin.title}` };
}

const PATH = "/admin/organizations";
const cell = "px-4 py-3";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminOrganizationsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePlatformAdmin();
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const result = await listOrganizations(admin, raw);
  const { query } = result;
  const params = listParams(query);
  const t = messages.admin.organizations;
  const a = messages.admin;
  const sortable = { pathname: PATH, params, sort: query.sort, dir: query.dir, className: cell };
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <ListToolbar
        pathname={PATH}
        q={query.q}
        label={a.search.organizations}
        hidden={{ sort: query.sort, dir: query.dir }}
        lists={messages.lists}
      />
      {result.items.length === 0 ? (
        <EmptyState
          title={query.q ? format(t.noMatch, { q: query.q }) : t.empty}
          body={query.q ? a.search.noMatchBody : t.emptyBody}
        />
      ) : (
        <>
          <TableCard caption={t.title}>
            <thead className={tableHeadClass}>
              <tr>
                <SortHeader label={t.name} column="name" {...sortable} />
                <SortHeader label={t.created} column="createdAt" {...sortable} />
                <SortHeader label={t.members} column="members" {...sortable} />
                <th scope="col" className={cell}>
                  {t.status}
                </th>
                <th scope="col" className={cell}>
                  {t.actions}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.items.map((organization) => {
                const disabled = organization.disabledAt !== null;
                return (
                  <tr key={organization.id} className="align-top">
                    <th scope="row" className={`${cell} font-medium text-slate-900`}>
                      {organization.name}
                      <span className="block text-xs font-normal text-slate-500">{organization.slug}</span>
                    </th>
                    <td className={`${cell} whitespace-nowrap text-slate-700`}>
                      {formatDate(organization.createdAt, locale)}
                    </td>
                    <td className={`${cell} tabular-nums text-slate-700`}>{organization.memberCount}</td>
                    <td className={cell}>
                      <StatusBadge disabled={disabled} labels={a.status} />
                    </td>
                    <td className={cell}>
                      <ConfirmActionForm
                        action={setOrganizationDisabledAction}
                        fields={{ id: organization.id, disabled: String(!disabled) }}
                        triggerLabel={disabled ? t.enable : t.disable}
                        question={format(disabled ? t.confirmEnable : t.confirmDisable, {
                          name: organization.name,
                        })}
                        confirmLabel={a.confirm}
                        cancelLabel={a.cancel}
                        successMessage={disabled ? t.disabledDone : t.enabledDone}
                        errors={a.errors}
                        danger={!disabled}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableCard>
          <Pagination
            pathname={PATH}
            params={params}
            page={result.page}
            pageCount={result.pageCount}
            total={result.total}
            labels={messages.lists}
          />
        </>
      )}
    </>
  );
}
