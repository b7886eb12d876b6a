import Link from "next/link";
import { formatDay } from "@/components/documents/document-paths";
import { SortHeader } from "@/components/lists/sort-header";
import { ButtonLink } from "@/components/ui/button";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import type { RecurringProfileListItem } from "@/lib/recurring/recurring-types";
import { RecurringStatusBadge } from "./recurring-status-badge";
import { frequencyText } from "./recurring-values";

export type RecurringTableLabels = Pick<Messages, "recurringPages" | "recurringStatuses" | "recurringFrequency">;

const wide = "hidden md:table-cell";
const bodyCells = "[&>tr>*]:px-3 [&>tr>*]:py-3 [&>tr>*]:align-top md:[&>tr>*]:px-4";
const cell = "px-3 py-3 align-top md:px-4";

/**
 * The recurring profiles: name (the row's link), client, frequency in words, next date,
 * status and invoices made. Below `md` two columns — the name with the client and frequency
 * under it, the next date with the status under it — so a phone never scrolls sideways.
 */
export function RecurringTable(props: {
  items: RecurringProfileListItem[];
  pathname: string;
  params: Record<string, string>;
  sort: string;
  dir: "asc" | "desc";
  locale: Locale;
  canWrite: boolean;
  labels: RecurringTableLabels;
}) {
  const t = props.labels.recurringPages;
  const sortable = {
    pathname: props.pathname,
    params: props.params,
    sort: props.sort,
    dir: props.dir,
    className: `${cell} whitespace-nowrap`,
  };
  return (
    <TableCard caption={t.tableCaption} tableClassName="md:min-w-[52rem]">
      <thead className={tableHeadClass}>
        <tr>
          <SortHeader label={t.name} column="name" {...sortable} />
          <th scope="col" className={`${cell} ${wide}`}>
            {t.client}
          </th>
          <th scope="col" className={`${cell} ${wide}`}>
            {t.frequency}
          </th>
          <SortHeader label={t.nextDate} column="nextDate" {...sortable} />
          <th scope="col" className={`${cell} ${wide}`}>
            {t.status}
          </th>
          <th scope="col" className={`${cell} ${wide} text-right`}>
            {t.generated}
          </th>
          <th scope="col" className={`${cell} ${wide}`}>
            <span className="sr-only">{t.edit}</span>
          </th>
        </tr>
      </thead>
      <tbody className={`divide-y divide-slate-100 ${bodyCells}`}>
        {props.items.map((row) => {
          const frequency = frequencyText(row, props.labels.recurringFrequency);
          return (
            <tr key={row.id} className="relative hover:bg-slate-50">
              <th scope="row" className="font-medium">
                {/* The row's one link; its ::after covers the row (relative), as in the documents' tables. */}
                <Link
                  href={`/recurring/${row.id}`}
                  prefetch={false}
                  className="block w-fit break-words text-brand-700 underline-offset-2 after:absolute after:inset-0 hover:underline"
                >
                  {row.name}
                </Link>
                <span className="block font-normal break-words text-slate-700 md:hidden">{row.client.name}</span>
                <span className="block text-xs font-normal text-slate-500 md:hidden">{frequency}</span>
              </th>
              <td className={`${wide} text-slate-700`}>{row.client.name}</td>
              <td className={`${wide} text-slate-700`}>{frequency}</td>
              <td className="whitespace-nowrap text-slate-700">
                {row.nextDate ? formatDay(row.nextDate, props.locale) : t.none}
                <span className="mt-1 block md:hidden">
                  <RecurringStatusBadge status={row.status} labels={props.labels.recurringStatuses} />
                </span>
              </td>
              <td className={wide}>
                <RecurringStatusBadge status={row.status} labels={props.labels.recurringStatuses} />
              </td>
              <td className={`${wide} text-right tabular-nums`}>{row.generatedCount}</td>
              <td className={`${wide} whitespace-nowrap text-right`}>
                {props.canWrite && row.status !== "ENDED" ? (
                  <ButtonLink
                    href={`/recurring/${row.id}/edit`}
                    prefetch={false}
                    aria-label={format(t.editLabel, { name: row.name })}
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
    </TableCard>
  );
}
