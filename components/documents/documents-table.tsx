import Link from "next/link";
import { SortHeader } from "@/components/lists/sort-header";
import type { DocumentListRow, DocumentListTotals } from "@/lib/documents/lists/list-documents";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { documentHref, documentName, formatDay } from "./document-paths";
import { StatusBadge } from "./status-badge";

export type DocumentsTableLabels = Pick<Messages, "documentListPages" | "documentTypes" | "documentStatuses">;

type DocumentsTableProps = {
  caption: string;
  items: DocumentListRow[];
  totals: DocumentListTotals;
  total: number;
  pathname: string;
  params: Record<string, string>;
  sort: string;
  dir: "asc" | "desc";
  locale: Locale;
  /** Show the due date and balance columns (invoices). */
  payable: boolean;
  /** Show the type next to the number (lists mixing types). */
  showType: boolean;
  canWrite: boolean;
  labels: DocumentsTableLabels;
  /** Hide the client column (a client's own page). */
  hideClient?: boolean;
  /** Hide the totals row (a list mixing quotes, invoices and credit notes: their sum means nothing). */
  hideTotals?: boolean;
};

const cell = "px-4 py-3 align-top";

/**
 * Seed 000's table — Numéro, Date, Client, Montant HT, État, actions — plus the amount incl.
 * VAT (and for invoices the due date and what is left to pay), with the totals of the whole
 * filtered set in the footer. Scrolls sideways on narrow screens.
 */
export function DocumentsTable(props: DocumentsTableProps) {
  const { items, locale, labels } = props;
  const t = labels.documentListPages;
  const money = (cents: number) => formatMoney(cents, locale);
  const sortable = {
    pathname: props.pathname,
    params: props.params,
    sort: props.sort,
    dir: props.dir,
    className: `${cell} whitespace-nowrap`,
  };
  const nameLabels = { types: labels.documentTypes, draft: t.draftNumber };
  const right = `${cell} whitespace-nowrap text-right tabular-nums`;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[52rem] text-left text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <SortHeader label={t.number} column="number" {...sortable} />
            <SortHeader label={t.date} column="date" {...sortable} />
            {props.hideClient ? null : <SortHeader label={t.client} column="client" {...sortable} />}
            <th scope="col" className={`${cell} text-right`}>
              {t.totalExclVat}
            </th>
            <SortHeader label={t.totalInclVat} column="total" {...sortable} className={`${cell} text-right`} />
            {props.payable ? (
              <>
                <SortHeader label={t.dueDate} column="dueDate" {...sortable} />
                <th scope="col" className={`${cell} text-right`}>
                  {t.balance}
                </th>
              </>
            ) : null}
            <SortHeader label={t.status} column="status" {...sortable} />
            <th scope="col" className={cell}>
              <span className="sr-only">{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((row) => {
            const name = documentName(row, nameLabels);
            const href = documentHref(row);
            return (
              <tr key={row.id} className="hover:bg-slate-50">
                <th scope="row" className={`${cell} font-medium whitespace-nowrap`}>
                  <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.number ?? <span className="italic text-slate-500">{t.draftNumber}</span>}
                  </Link>
                  {props.showType || row.type === "DEPOSIT_INVOICE" ? (
                    <span className="block text-xs font-normal text-slate-500">{labels.documentTypes[row.type]}</span>
                  ) : null}
                </th>
                <td className={`${cell} whitespace-nowrap text-slate-700`}>{formatDay(row.issueDate, locale)}</td>
                {props.hideClient ? null : (
                  <td className={`${cell} text-slate-700`}>
                    <Link href={`/clients/${row.client.id}`} className="underline-offset-2 hover:underline">
                      {row.client.name}
                    </Link>
                  </td>
                )}
                <td className={right}>{money(row.totalExclVatCents)}</td>
                <td className={right}>{money(row.totalInclVatCents)}</td>
                {props.payable ? (
                  <>
                    <td className={`${cell} whitespace-nowrap text-slate-700`}>{formatDay(row.dueDate, locale)}</td>
                    <td className={right}>{row.balanceCents === null ? "—" : money(row.balanceCents)}</td>
                  </>
                ) : null}
                <td className={cell}>
                  <StatusBadge status={row.displayStatus} type={row.type} labels={labels.documentStatuses} />
                </td>
                <td className={`${cell} whitespace-nowrap text-right`}>
                  <Link
                    href={href}
                    aria-label={format(t.viewLabel, { document: name })}
                    className="rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50"
                  >
                    {t.view}
                  </Link>
                  {props.canWrite && row.displayStatus === "DRAFT" ? (
                    <Link
                      href={`${href}/edit`}
                      aria-label={format(t.editLabel, { document: name })}
                      className="rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50"
                    >
                      {t.edit}
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        {props.hideTotals ? null : (
          <tfoot className="border-t border-slate-200 bg-slate-50 font-medium">
            <tr>
              <th scope="row" colSpan={props.hideClient ? 2 : 3} className={cell}>
                {t.selectionTotals}{" "}
                <span className="font-normal text-slate-600">({format(t.count, { count: props.total })})</span>
              </th>
              <td className={right} data-testid="selection-total-excl-vat">
                {money(props.totals.totalExclVatCents)}
              </td>
              <td className={right} data-testid="selection-total-incl-vat">
                {money(props.totals.totalInclVatCents)}
              </td>
              {props.payable ? (
                <>
                  <td className={cell} />
                  <td className={right} data-testid="selection-balance-due">
                    {money(props.totals.balanceDueCents)}
                  </td>
                </>
              ) : null}
              <td className={cell} colSpan={2} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
