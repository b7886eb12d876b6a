import type { Metadata } from "next";
import { DocumentFilters } from "@/components/documents/document-filters";
import { DocumentsTable, type DocumentsTableLabels } from "@/components/documents/documents-table";
import { listHref } from "@/components/lists/list-href";
import { Pagination } from "@/components/lists/pagination";
import { SearchForm } from "@/components/lists/search-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { documentListParams, parseDocumentListQuery } from "@/lib/documents/lists/document-list-query";
import { documentListExportHref, documentListExportProblem } from "@/lib/exports/lists/list-export-href";
import { listCreditNotes, listInvoices, listQuotes } from "@/lib/documents/lists/list-documents";
import type { Messages } from "@/lib/i18n/messages/fr";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";
import { NoticeToast } from "../clients/notice-toast";
import { ListDownloads } from "./list-downloads";

type ListKind = "quotes" | "invoices" | "creditNotes";
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const lists = {
  quotes: { path: "/quotes", list: listQuotes, payable: false },
  invoices: { path: "/invoices", list: listInvoices, payable: true },
  creditNotes: { path: "/credit-notes", list: listCreditNotes, payable: false },
} as const;

export function pickTableLabels(messages: Messages): DocumentsTableLabels {
  const { documentListPages, documentTypes, documentStatuses } = messages;
  return { documentListPages, documentTypes, documentStatuses };
}

export function documentListMetadata(kind: ListKind) {
  return async function generateMetadata(): Promise<Metadata> {
    const { messages } = await getRequestMessages();
    return { title: `${messages.documentListPages[kind].title} · ${messages.common.appName}` };
  };
}

/** Quotes, invoices (with deposit invoices) or credit notes: filters, search, sort, pages, totals. */
export async function DocumentListPage({ kind, searchParams }: { kind: ListKind; searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const { path, list, payable } = lists[kind];
  const query = parseDocumentListQuery(kind, raw);
  const page = await list(member, raw);
  const params = documentListParams({ ...query, page: page.page });
  const t = messages.documentListPages;
  const texts = t[kind];
  const canWrite = can(member.role, "documents.write");
  const createHref = kind === "creditNotes" ? null : `${path}/new`;
  const createLabel = "create" in texts ? texts.create : null;
  const filtered = Boolean(
    query.q ||
    query.status ||
    query.client ||
    query.from ||
    query.to ||
    query.min !== null ||
    query.max !== null ||
    query.overdue ||
    query.type,
  );
  const keepSort = Object.fromEntries(Object.entries(params).filter(([key]) => key === "sort" || key === "dir"));
  const notice = raw.notice === "deleted" ? messages.documentDetail.deleted : null;
  const create =
    // Not prefetched: the editor is rendered per request, a prefetch would bring no content (issue 11).
    canWrite && createHref && createLabel ? (
      <ButtonLink href={createHref} prefetch={false}>
        {createLabel}
      </ButtonLink>
    ) : null;

  return (
    <>
      <NoticeToast message={notice} cleanHref={listHref(path, params, {})} />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{texts.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{texts.lead}</p>
        </div>
        {create}
      </div>

      {page.total === 0 && !filtered ? (
        <EmptyState
          title={texts.emptyTitle}
          body={canWrite ? texts.emptyBody : texts.emptyBodyReadOnly}
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
              <DocumentFilters kind={kind} query={query} locale={locale} labels={pickTableLabels(messages)} />
            </SearchForm>
            {page.total > 0 ? (
              <div className="mt-3">
                <ListDownloads
                  canExport={can(member.role, "exports.read")}
                  href={documentListExportHref(kind, query)}
                  problem={documentListExportProblem(kind, query, page.total)}
                  locale={locale}
                  labels={messages}
                />
              </div>
            ) : null}
          </div>
          {page.total === 0 ? (
            <EmptyState
              title={t.noResultsTitle}
              body={t.noResultsBody}
              action={
                <ButtonLink href={path} variant="secondary">
                  {t.clearFilters}
                </ButtonLink>
              }
            />
          ) : (
            <>
              <DocumentsTable
                caption={texts.tableCaption}
                items={page.items}
                totals={page.totals}
                total={page.total}
                pathname={path}
                params={params}
                sort={query.sort}
                dir={query.dir}
                locale={locale}
                payable={payable}
                showType={false}
                canWrite={canWrite}
                labels={pickTableLabels(messages)}
              />
              <Pagination
                pathname={path}
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
