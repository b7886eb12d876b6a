import type { Metadata } from "next";
import Link from "next/link";
import { documentHref, formatDay } from "@/components/documents/document-paths";
import { Pagination } from "@/components/lists/pagination";
import { SearchForm } from "@/components/lists/search-form";
import { SortHeader } from "@/components/lists/sort-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { filterControlClass } from "@/components/ui/filter-control";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { can } from "@/lib/auth/permissions";
import { parsePaymentListQuery, paymentListParams, paymentMethods } from "@/lib/documents/lists/document-list-query";
import { listPayments } from "@/lib/documents/lists/list-payments";
import { paymentListExportHref, paymentListExportProblem } from "@/lib/exports/lists/list-export-href";
import { formatMoney } from "@/lib/money/format-money";
import { getRequestMessages } from "../../_shared/request-locale";
import { requireActiveMember } from "../../_shared/session";
import { ListDownloads } from "../_documents/list-downloads";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.paymentListPage.title} · ${messages.common.appName}` };
}

const PATH = "/payments";
const cell = "px-4 py-3 align-top";
const field = "flex flex-col text-sm font-medium text-slate-800";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every payment received (règlements): search, method and date filters, sort, pages, sum of the selection. */
export default async function PaymentsPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireActiveMember("documents.read");
  const [{ locale, messages }, raw] = await Promise.all([getRequestMessages(), searchParams]);
  const query = parsePaymentListQuery(raw);
  const page = await listPayments(member, raw);
  const params = paymentListParams({ ...query, page: page.page });
  const t = messages.paymentListPage;
  const filtered = Boolean(query.q || query.method || query.client || query.from || query.to);
  const keepSort = Object.fromEntries(Object.entries(params).filter(([key]) => key === "sort" || key === "dir"));
  const sortable = { pathname: PATH, params, sort: query.sort, dir: query.dir, className: `${cell} whitespace-nowrap` };
  const money = (cents: number) => formatMoney(cents, locale);

  return (
    <>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600">{t.lead}</p>
      </div>
      {page.total === 0 && !filtered ? (
        <EmptyState title={t.emptyTitle} body={t.emptyBody} />
      ) : (
        <>
          <div className="mb-4">
            <SearchForm
              label={t.searchLabel}
              submitLabel={messages.lists.searchSubmit}
              defaultValue={query.q}
              hidden={keepSort}
            >
              <div className={field}>
                <label htmlFor="payments-method">{t.filterMethod}</label>
                <select id="payments-method" name="method" defaultValue={query.method} className={filterControlClass}>
                  <option value="">{t.allMethods}</option>
                  {paymentMethods.map((method) => (
                    <option key={method} value={method}>
                      {messages.paymentMethods[method]}
                    </option>
                  ))}
                </select>
              </div>
              <div className={field}>
                <label htmlFor="payments-from">{t.filterFrom}</label>
                <input
                  id="payments-from"
                  type="date"
                  name="from"
                  defaultValue={query.from}
                  className={filterControlClass}
                />
              </div>
              <div className={field}>
                <label htmlFor="payments-to">{t.filterTo}</label>
                <input id="payments-to" type="date" name="to" defaultValue={query.to} className={filterControlClass} />
              </div>
              {query.client ? <input type="hidden" name="client" value={query.client} /> : null}
            </SearchForm>
            {page.total > 0 ? (
              <div className="mt-3">
                <ListDownloads
                  canExport={can(member.role, "exports.read")}
                  href={paymentListExportHref(query)}
                  problem={paymentListExportProblem(query, page.total)}
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
                <ButtonLink href={PATH} variant="secondary">
                  {t.clearFilters}
                </ButtonLink>
              }
            />
          ) : (
            <>
              <TableCard caption={t.tableCaption} tableClassName="min-w-[48rem]">
                <thead className={tableHeadClass}>
                  <tr>
                    <SortHeader label={t.date} column="date" {...sortable} />
                    <SortHeader label={t.invoice} column="number" {...sortable} />
                    <SortHeader label={t.client} column="client" {...sortable} />
                    <SortHeader label={t.method} column="method" {...sortable} />
                    <th scope="col" className={cell}>
                      {t.reference}
                    </th>
                    <SortHeader label={t.amount} column="amount" {...sortable} className={`${cell} text-right`} />
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {page.items.map((payment) => (
                    <tr key={payment.id} className="hover:bg-slate-50">
                      <td className={`${cell} whitespace-nowrap`}>{formatDay(payment.date, locale)}</td>
                      <th scope="row" className={`${cell} font-medium whitespace-nowrap`}>
                        <Link
                          href={documentHref({ type: payment.invoice.type, id: payment.invoice.id })}
                          className="text-brand-700 underline-offset-2 hover:underline"
                        >
                          {payment.invoice.number ?? messages.documentTypes[payment.invoice.type]}
                        </Link>
                      </th>
                      <td className={cell}>
                        <Link href={`/clients/${payment.client.id}`} className="underline-offset-2 hover:underline">
                          {payment.client.name}
                        </Link>
                      </td>
                      <td className={cell}>{messages.paymentMethods[payment.method]}</td>
                      <td className={`${cell} break-all text-slate-700`}>{payment.reference ?? "—"}</td>
                      <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>
                        {money(payment.amountCents)}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot className="border-t border-slate-200 bg-slate-50 font-medium">
                  <tr>
                    <th scope="row" colSpan={5} className={cell}>
                      {t.totalReceived}
                    </th>
                    <td className={`${cell} text-right tabular-nums`} data-testid="selection-total-received">
                      {money(page.totals.amountCents)}
                    </td>
                  </tr>
                </tfoot>
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
