import Link from "next/link";
import { SortHeader } from "@/components/lists/sort-header";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import type { ClientListQuery } from "@/lib/clients/client-list-query";
import type { ClientListItem } from "@/lib/clients/find-client-page";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatParisInstant } from "@/lib/dates/format-date";

type ClientsTableProps = {
  items: ClientListItem[];
  pathname: string;
  params: Record<string, string>;
  query: ClientListQuery;
  locale: Locale;
  labels: Messages["clients"];
};

const cell = "px-3 py-3 align-top md:px-4";
/** A column a phone does without (it shows the name and the city). */
const wide = "hidden md:table-cell";

/** The clients of one page: name and city on a phone, every column from `md` up (scrolling sideways if need be). */
export function ClientsTable({ items, pathname, params, query, locale, labels }: ClientsTableProps) {
  const sortable = { pathname, params, sort: query.sort, dir: query.dir, className: `${cell} whitespace-nowrap` };
  return (
    <TableCard caption={labels.tableCaption} tableClassName="md:min-w-[48rem]">
      <thead className={tableHeadClass}>
        <tr>
          <SortHeader label={labels.name} column="name" {...sortable} />
          <th scope="col" className={`${cell} ${wide}`}>
            {labels.kind}
          </th>
          <SortHeader label={labels.city} column="city" {...sortable} />
          <th scope="col" className={`${cell} ${wide}`}>
            {labels.emails}
          </th>
          <th scope="col" className={`${cell} ${wide}`}>
            {labels.groups}
          </th>
          <SortHeader
            label={labels.created}
            column="createdAt"
            {...sortable}
            className={`${cell} ${wide} whitespace-nowrap`}
          />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((client) => (
          <tr key={client.id} className="hover:bg-slate-50">
            <th scope="row" className={`${cell} break-words font-medium text-slate-900`}>
              <Link href={`${pathname}/${client.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {client.name}
              </Link>
              {client.archivedAt ? (
                <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-600">
                  {labels.archivedBadge}
                </span>
              ) : null}
            </th>
            <td className={`${cell} ${wide} text-slate-700`}>{labels.kinds[client.kind]}</td>
            <td className={`${cell} text-slate-700`}>{client.city ?? "—"}</td>
            <td className={`${cell} ${wide} break-all text-slate-700`}>
              {client.emails[0] ?? "—"}
              {client.emails.length > 1 ? (
                <>
                  <span aria-hidden="true" className="ml-1 text-slate-500" title={client.emails.slice(1).join(", ")}>
                    +{client.emails.length - 1}
                  </span>
                  <span className="sr-only">, {client.emails.slice(1).join(", ")}</span>
                </>
              ) : null}
            </td>
            <td className={`${cell} ${wide}`}>
              {client.groups.length === 0 ? (
                <span className="text-slate-400">—</span>
              ) : (
                <ul className="flex flex-wrap gap-1">
                  {client.groups.map((group) => (
                    <li key={group} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">
                      {group}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={`${cell} ${wide} whitespace-nowrap text-slate-700`}>
              {formatParisInstant(client.createdAt, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </TableCard>
  );
}
