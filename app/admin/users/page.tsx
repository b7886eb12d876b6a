import type { Metadata } from "next";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { Pagination } from "@/components/lists/pagination";
import { SortHeader } from "@/components/lists/sort-header";
import { EmptyState } from "@/components/ui/empty-state";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { listUsers } from "@/lib/admin/list-users";
import { format } from "@/lib/i18n/format";
import { getRequestMessages } from "../../_shared/request-locale";
import { requirePlatformAdmin } from "../../_shared/session";
import { setUserDisabledAction } from "../actions";
import { formatDate } from "../format-date";
import { listParams } from "../list-params";
import { ListToolbar } from "../list-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.admin.users.title} · ${messages.admin.title}` };
}

const PATH = "/admin/users";
const cell = "px-4 py-3";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  // Each page checks too: a layout is not re-run on every navigation.
  const admin = await requirePlatformAdmin();
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const result = await listUsers(admin, raw);
  const { query } = result;
  const params = listParams(query);
  const t = messages.admin.users;
  const a = messages.admin;
  const sortable = { pathname: PATH, params, sort: query.sort, dir: query.dir, className: cell };
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">{t.title}</h1>
      <ListToolbar
        pathname={PATH}
        q={query.q}
        label={a.search.users}
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
                <SortHeader label={t.email} column="email" {...sortable} />
                <SortHeader label={t.created} column="createdAt" {...sortable} />
                <th scope="col" className={cell}>
                  {t.admin}
                </th>
                <th scope="col" className={cell}>
                  {t.status}
                </th>
                <th scope="col" className={cell}>
                  {t.actions}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.items.map((user) => {
                const disabled = user.disabledAt !== null;
                const self = user.id === admin.user.id;
                return (
                  <tr key={user.id} className="align-top">
                    <th scope="row" className={`${cell} font-medium text-slate-900`}>
                      {user.name}
                      {self ? <span className="ml-1 text-xs font-normal text-slate-500">({t.you})</span> : null}
                    </th>
                    <td className={`${cell} break-all text-slate-700`}>{user.email}</td>
                    <td className={`${cell} whitespace-nowrap text-slate-700`}>{formatDate(user.createdAt, locale)}</td>
                    <td className={`${cell} text-slate-700`}>{user.isPlatformAdmin ? t.yes : t.no}</td>
                    <td className={cell}>
                      <StatusBadge disabled={disabled} labels={a.status} />
                    </td>
                    <td className={cell}>
                      {/* No way to lock oneself out: the server refuses it too. */}
                      {self ? null : (
                        <ConfirmActionForm
                          action={setUserDisabledAction}
                          fields={{ id: user.id, disabled: String(!disabled) }}
                          triggerLabel={disabled ? t.enable : t.disable}
                          question={format(disabled ? t.confirmEnable : t.confirmDisable, { name: user.name })}
                          confirmLabel={a.confirm}
                          cancelLabel={a.cancel}
                          successMessage={disabled ? t.disabledDone : t.enabledDone}
                          errors={a.errors}
                          danger={!disabled}
                        />
                      )}
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
