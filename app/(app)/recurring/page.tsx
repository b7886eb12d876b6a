import type { Metadata } from "next";
import { Pagination } from "@/components/lists/pagination";
import { SearchForm } from "@/components/lists/search-form";
import { RecurringTable } from "@/components/recurring/recurring-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { filterControlClass } from "@/components/ui/filter-control";
import { can } from "@/lib/auth/permissions";
import { listRecurringProfiles } from "@/lib/recurring/list-recurring-profiles";
import { recurringListParams } from "@/lib/recurring/recurring-list-query";
import { RECURRING_STATUSES } from "@/lib/recurring/recurring-types";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PATH = "/recurring";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.recurringPages.title} · ${messages.common.appName}` };
}

/** /recurring: the organization's recurring invoices — search, status, sort, pages; an empty state with its call to action. */
export default async function RecurringListPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const page = await listRecurringProfiles(member, raw);
  const { query } = page;
  const params = recurringListParams(query);
  const t = messages.recurringPages;
  const canWrite = can(member.role, "documents.write");
  const filtered = Boolean(query.q || query.status);
  const keepSort = Object.fromEntries(Object.entries(params).filter(([key]) => key === "sort" || key === "dir"));
  // Not prefetched: the form is rendered per request, a prefetch would bring no content (issue 11).
  const create = canWrite ? (
    <ButtonLink href={`${PATH}/new`} prefetch={false}>
      {t.create}
    </ButtonLink>
  ) : null;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{t.lead}</p>
        </div>
        {create}
      </div>

      {page.total === 0 && !filtered ? (
        <EmptyState
          title={t.emptyTitle}
          body={canWrite ? t.emptyBody : t.emptyBodyReadOnly}
          action={create ?? undefined}
        />
      ) : (
        <>
          <div className="mb-4">
            <SearchForm
              label={t.searchLabel}
              submitLabel={messages.lists.searchSubmit}
              defaultValue={query.q}
              hidden={keepSort}
            >
              <label className="flex flex-col text-sm font-medium text-slate-800">
                {t.status}
                <select name="status" defaultValue={query.status ?? ""} className={filterControlClass}>
                  <option value="">{t.allStatuses}</option>
                  {RECURRING_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {messages.recurringStatuses[status]}
                    </option>
                  ))}
                </select>
              </label>
            </SearchForm>
          </div>
          {page.total === 0 ? (
            <EmptyState
              title={t.noResultsTitle}
              body={t.noResultsBody}
              action={
                <ButtonLink href={PATH} variant="secondary">
                  {t.clearSearch}
                </ButtonLink>
              }
            />
          ) : (
            <>
              <RecurringTable
                items={page.items}
                pathname={PATH}
                params={params}
                sort={query.sort}
                dir={query.dir}
                locale={locale}
                canWrite={canWrite}
                labels={messages}
              />
              <Pagination
                pathname={PATH}
                params={params}
                page={page.page}
                pageCount={page.pageCount}
                total={page.total}
                labels={messages.lists}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
