import type { Metadata } from "next";
import { CsvListActions } from "@/components/csv/csv-list-actions";
import { listHref } from "@/components/lists/list-href";
import { Pagination } from "@/components/lists/pagination";
import { FiltersDisclosure } from "@/components/lists/filters-disclosure";
import { SearchForm } from "@/components/lists/search-form";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { listGroups } from "@/lib/client-groups/list-groups";
import { clientListParams, parseClientListQuery } from "@/lib/clients/client-list-query";
import { hasAnyClient, listClients } from "@/lib/clients/list-clients";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";
import { ClientFilters } from "./client-filters";
import { ClientsTable } from "./clients-table";
import { NoticeToast } from "./notice-toast";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.clients.title} · ${messages.common.appName}` };
}

const PATH = "/clients";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClientsPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("clients.read");
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const query = parseClientListQuery(raw);
  const [page, groups] = await Promise.all([listClients(member, query), listGroups(member)]);
  const params = clientListParams(query);
  const t = messages.clients;
  // The UI only hides what the role cannot do; the server refuses it regardless.
  const canWrite = can(member.role, "clients.write");
  const filtered = Boolean(query.q || query.group || query.kind || query.status !== "active");
  const empty = page.total === 0 && !(await hasAnyClient(member));
  const notice = raw.notice === "deleted" ? t.deletedToast : null;
  // The search form keeps the sort; the filters are its own fields; the page starts over.
  const keepSort = Object.fromEntries(Object.entries(params).filter(([key]) => key === "sort" || key === "dir"));

  return (
    <>
      <NoticeToast message={notice} cleanHref={listHref(PATH, params, {})} />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{t.lead}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`${PATH}/groups`} variant="secondary">
            {t.manageGroups}
          </ButtonLink>
          {empty ? (
            canWrite ? (
              <ButtonLink href={`${PATH}/import`} variant="secondary">
                {messages.csvList.import}
              </ButtonLink>
            ) : null
          ) : (
            <CsvListActions
              exportPath="/api/clients/export"
              importHref={canWrite ? `${PATH}/import` : undefined}
              params={params}
              labels={messages.csvList}
              className={buttonClass({ variant: "secondary" })}
            />
          )}
          {canWrite ? <ButtonLink href={`${PATH}/new`}>{t.newClient}</ButtonLink> : null}
        </div>
      </div>

      {empty ? (
        <EmptyState
          title={t.emptyTitle}
          body={canWrite ? t.emptyBody : t.emptyBodyReadOnly}
          action={canWrite ? <ButtonLink href={`${PATH}/new`}>{t.newClient}</ButtonLink> : undefined}
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
              <FiltersDisclosure
                label={messages.lists.filters}
                active={Boolean(query.group || query.kind || query.status !== "active")}
              >
                <ClientFilters query={query} groups={groups} labels={t} />
              </FiltersDisclosure>
            </SearchForm>
          </div>
          {page.total === 0 ? (
            <EmptyState
              title={t.noResultsTitle}
              body={t.noResultsBody}
              action={
                filtered ? (
                  <ButtonLink href={PATH} variant="secondary">
                    {t.clearFilters}
                  </ButtonLink>
                ) : undefined
              }
            />
          ) : (
            <>
              <ClientsTable
                items={page.items}
                pathname={PATH}
                params={params}
                query={query}
                locale={locale}
                labels={t}
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
