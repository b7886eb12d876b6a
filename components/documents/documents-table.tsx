import Link from "next/link";
import { SortHeader } from "@/components/lists/sort-header";
import { ButtonLink } from "@/components/ui/button";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
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

const cell = "px-3 py-3 align-top md:px-4";
/** A column a phone does without (it shows number, client, total incl. VAT and status). */
const wide = "hidden md:table-cell";
/**
 * The body's cells get `cell` from the tbody (one class list instead of one a cell: 25 rows of
 * ten cells wrote it 250 times into the HTML and again into the RSC payload).
 */
const bodyCells = "[&>tr>*]:px-3 [&>tr>*]:py-3 [&>tr>*]:align-top md:[&>tr>*]:px-4";
const amount = "whitespace-nowrap text-right tabular-nums";

/**
 * Seed 000's table — Numéro, Date, Client, Montant HT, État, actions — plus the amount incl.
 * VAT (and for invoices the due date and what is left to pay), with the totals of the whole
 * filtered set in the footer. Below `md` two columns only — the number with the client under it,
 * the total incl. VAT with the status under it — and no footer, so a phone never scrolls
 * sideways; from `md` up every column shows (the table may scroll inside its box).
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
  const right = `${cell} ${amount}`;
  return (
    <TableCard caption={props.caption} tableClassName="md:min-w-[52rem]">
      <thead className={tableHeadClass}>
        <tr>
          <SortHeader label={t.number} column="number" {...sortable} />
          <SortHeader label={t.date} column="date" {...sortable} className={`${sortable.className} ${wide}`} />
          {props.hideClient ? null : (
            <SortHeader label={t.client} column="client" {...sortable} className={`${sortable.className} ${wide}`} />
          )}
          <th scope="col" className={`${cell} ${wide} text-right`}>
            {t.totalExclVat}
          </th>
          <SortHeader label={t.totalInclVat} column="total" {...sortable} className={`${cell} text-right`} />
          {props.payable ? (
            <>
              <SortHeader
                label={t.dueDate}
                column="dueDate"
                {...sortable}
                className={`${sortable.className} ${wide}`}
              />
              <th scope="col" className={`${cell} ${wide} text-right`}>
                {t.balance}
              </th>
            </>
          ) : null}
          <SortHeader label={t.status} column="status" {...sortable} className={`${sortable.className} ${wide}`} />
          <th scope="col" className={`${cell} ${wide}`}>
            <span className="sr-only">{t.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody className={`divide-y divide-slate-100 ${bodyCells}`}>
        {items.map((row) => {
          const name = documentName(row, nameLabels);
          const href = documentHref(row);
          return (
            <tr key={row.id} className="relative hover:bg-slate-50">
              <th scope="row" className="font-medium whitespace-nowrap">
                {/* A line of its own (block): axe's link-in-text-block asks a link inside running text
                      to stand out by more than its colour; this one sits above the type and client lines.
                      The row's one link: its ::after covers the row (relative), so a click anywhere opens
                      the document — one link a row instead of four keeps the page's payload small. */}
                <Link
                  href={href}
                  // Not prefetched: 25 rows in view made 25–50 requests (each a render on the
                  // server) after every list load, for pages that are dynamic anyway (issue 11).
                  prefetch={false}
                  className="block w-fit text-brand-700 underline-offset-2 after:absolute after:inset-0 hover:underline"
                >
                  {row.number ?? <span className="italic text-slate-500">{t.draftNumber}</span>}
                </Link>
                {props.showType || row.type === "DEPOSIT_INVOICE" ? (
                  <span className="block text-xs font-normal text-slate-500">{labels.documentTypes[row.type]}</span>
                ) : null}
                {props.hideClient ? null : (
                  <span className="block font-normal whitespace-normal break-words text-slate-700 md:hidden">
                    {row.client.name}
                  </span>
                )}
              </th>
              <td className={`${wide} whitespace-nowrap text-slate-700`}>{formatDay(row.issueDate, locale)}</td>
              {props.hideClient ? null : <td className={`${wide} text-slate-700`}>{row.client.name}</td>}
              <td className={`${amount} ${wide}`}>{money(row.totalExclVatCents)}</td>
              <td className={amount}>
                {money(row.totalInclVatCents)}
                <span className="mt-1 block md:hidden">
                  <StatusBadge status={row.displayStatus} type={row.type} labels={labels.documentStatuses} />
                </span>
              </td>
              {props.payable ? (
                <>
                  <td className={`${wide} whitespace-nowrap text-slate-700`}>{formatDay(row.dueDate, locale)}</td>
                  <td className={`${amount} ${wide}`}>{row.balanceCents === null ? "—" : money(row.balanceCents)}</td>
                </>
              ) : null}
              <td className={wide}>
                <StatusBadge status={row.displayStatus} type={row.type} labels={labels.documentStatuses} />
              </td>
              <td className={`${wide} whitespace-nowrap text-right`}>
                {props.canWrite && row.displayStatus === "DRAFT" ? (
                  // Above the row's link (relative z-10), so it stays a target of its own.
                  <ButtonLink
                    href={`${href}/edit`}
                    prefetch={false}
                    aria-label={format(t.editLabel, { document: name })}
                    variant="ghost"
                    size="xs"
                    className="relative z-10"
                  >
                    {t.edit}
                  </ButtonLink>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
      {props.hideTotals ? null : (
        <tfoot className="hidden border-t border-slate-200 bg-slate-50 font-medium md:table-footer-group">
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
    </TableCard>
  );
}
