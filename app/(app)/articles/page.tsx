import type { Metadata } from "next";
import Link from "next/link";
import { CsvListActions } from "@/components/csv/csv-list-actions";
import { FiltersDisclosure } from "@/components/lists/filters-disclosure";
import { Pagination } from "@/components/lists/pagination";
import { SearchForm } from "@/components/lists/search-form";
import { SortHeader } from "@/components/lists/sort-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { filterControlClass } from "@/components/ui/filter-control";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { articleListParams } from "@/lib/articles/article-list-query";
import { ARTICLE_KINDS } from "@/lib/articles/article-schema";
import { isStandardUnit } from "@/lib/articles/article-units";
import { hasAnyArticle, listArticles } from "@/lib/articles/list-articles";
import { can } from "@/lib/auth/permissions";
import { format } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/money/format-money";
import { FRENCH_VAT_RATES_BPS, formatVatRate } from "@/lib/money/vat-rates";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.articles.title} · ${messages.common.appName}` };
}

const PATH = "/articles";
const cell = "px-3 py-3 md:px-4";
/** A column a phone does without (it shows the name and the price). */
const wide = "hidden md:table-cell";

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireActiveMember("articles.read");
  const { locale, messages } = await getRequestMessages();
  const t = messages.articles;
  const canWrite = can(member.role, "articles.write");
  const page = await listArticles(member, await searchParams);
  const { query } = page;
  const params = articleListParams(query);
  const filtered = Boolean(query.q || query.kind || query.vat !== undefined || query.status !== "active");
  const empty = page.total === 0 && !filtered && !(await hasAnyArticle(member));
  const unitLabel = (unit: string) => (isStandardUnit(unit) ? messages.articleUnits[unit] : unit);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
          <p className="mt-2 text-sm text-slate-600">{t.lead}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {empty ? null : (
            <CsvListActions
              exportPath="/api/articles/export"
              importHref={canWrite ? "/articles/import" : undefined}
              params={params}
              labels={messages.csvList}
            />
          )}
          {canWrite ? <ButtonLink href="/articles/new">{t.create}</ButtonLink> : null}
        </div>
      </div>

      {empty ? (
        <EmptyState
          title={t.emptyTitle}
          body={t.emptyBody}
          action={
            canWrite ? (
              <div className="flex flex-col items-center gap-3">
                <ButtonLink href="/articles/new">{t.emptyCta}</ButtonLink>
                <Link href="/articles/import" className="text-sm text-brand-700 underline-offset-2 hover:underline">
                  {t.emptyImport}
                </Link>
              </div>
            ) : undefined
          }
        />
      ) : (
        <>
          <div className="mb-4">
            <SearchForm
              label={t.searchLabel}
              submitLabel={messages.lists.searchSubmit}
              defaultValue={query.q}
              hidden={{
                ...(query.sort !== "name" ? { sort: query.sort } : {}),
                ...(query.dir !== "asc" ? { dir: query.dir } : {}),
              }}
            >
              <FiltersDisclosure
                label={messages.lists.filters}
                active={Boolean(query.kind || query.vat !== undefined || query.status !== "active")}
              >
                <label className="flex flex-col text-sm font-medium text-slate-800">
                  {t.filterKind}
                  <select name="kind" defaultValue={query.kind ?? ""} className={filterControlClass}>
                    <option value="">{t.filterKindAll}</option>
                    {ARTICLE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {messages.articleKinds[kind]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col text-sm font-medium text-slate-800">
                  {t.filterVat}
                  <select
                    name="vat"
                    defaultValue={query.vat === undefined ? "" : String(query.vat)}
                    className={filterControlClass}
                  >
                    <option value="">{t.filterVatAll}</option>
                    {FRENCH_VAT_RATES_BPS.map((bps) => (
                      <option key={bps} value={bps}>
                        {formatVatRate(bps, locale)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col text-sm font-medium text-slate-800">
                  {t.filterStatus}
                  <select name="status" defaultValue={query.status} className={filterControlClass}>
                    <option value="active">{t.statusActive}</option>
                    <option value="archived">{t.statusArchived}</option>
                    <option value="all">{t.statusAll}</option>
                  </select>
                </label>
              </FiltersDisclosure>
            </SearchForm>
          </div>

          {page.total === 0 ? (
            <Card aria-labelledby="no-results" padding="none" className="px-6 py-10 text-center">
              <h2 id="no-results" className="font-semibold text-slate-900">
                {t.noResultsTitle}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{t.noResultsBody}</p>
              <Link href={PATH} className="mt-4 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
                {t.resetFilters}
              </Link>
            </Card>
          ) : (
            <>
              <TableCard caption={t.tableCaption}>
                <thead className={tableHeadClass}>
                  <tr>
                    <SortHeader
                      label={t.name}
                      column="name"
                      pathname={PATH}
                      params={params}
                      sort={query.sort}
                      dir={query.dir}
                      className={cell}
                    />
                    <SortHeader
                      label={t.reference}
                      column="reference"
                      pathname={PATH}
                      params={params}
                      sort={query.sort}
                      dir={query.dir}
                      className={`${cell} ${wide}`}
                    />
                    <th scope="col" className={`${cell} ${wide}`}>
                      {t.unit}
                    </th>
                    <SortHeader
                      label={t.unitPrice}
                      column="unitPrice"
                      pathname={PATH}
                      params={params}
                      sort={query.sort}
                      dir={query.dir}
                      className={`${cell} text-right`}
                    />
                    <th scope="col" className={`${cell} ${wide} text-right`}>
                      {t.vatRate}
                    </th>
                    <th scope="col" className={`${cell} ${wide}`}>
                      {t.kind}
                    </th>
                    {canWrite ? (
                      <th scope="col" className={cell}>
                        <span className="sr-only">{messages.lists.actions}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {page.items.map((article) => (
                    <tr key={article.id}>
                      <th scope="row" className={`${cell} break-words font-medium text-slate-900`}>
                        {article.name}
                        {article.archivedAt ? (
                          <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-600">
                            {t.archivedBadge}
                          </span>
                        ) : null}
                      </th>
                      <td className={`${cell} ${wide} text-slate-700`}>{article.reference ?? "—"}</td>
                      <td className={`${cell} ${wide} text-slate-700`}>{unitLabel(article.unit)}</td>
                      <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
                        {formatMoney(article.unitPriceCents, locale)}
                      </td>
                      <td className={`${cell} ${wide} whitespace-nowrap text-right tabular-nums`}>
                        {formatVatRate(article.vatRateBps, locale)}
                      </td>
                      <td className={`${cell} ${wide} text-slate-700`}>{messages.articleKinds[article.kind]}</td>
                      {canWrite ? (
                        <td className={`${cell} text-right`}>
                          <ButtonLink href={`/articles/${article.id}/edit`} variant="ghost" size="xs">
                            <span aria-hidden="true">{t.edit}</span>
                            <span className="sr-only">{format(t.editLabel, { name: article.name })}</span>
                          </ButtonLink>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </TableCard>
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
