import { useId } from "react";
import { filterControlClass } from "@/components/ui/filter-control";
import {
  documentTypesOfList,
  statusesOfList,
  type DocumentListKind,
  type DocumentListQuery,
} from "@/lib/documents/lists/document-list-query";
import { centsToDecimalString } from "@/lib/money/format-money";
import { FiltersDisclosure } from "@/components/lists/filters-disclosure";
import { statusLabel } from "./status-badge";
import type { DocumentsTableLabels } from "./documents-table";

const field = "flex flex-col text-sm font-medium text-slate-800";

/** The filters of a document list: fields of its GET search form (they live in the URL). */
export function DocumentFilters(props: {
  kind: DocumentListKind;
  query: DocumentListQuery;
  locale: "fr" | "en";
  labels: DocumentsTableLabels;
}) {
  const { kind, query, labels } = props;
  const t = labels.documentListPages;
  const id = useId();
  const types = documentTypesOfList[kind];
  const amount = (cents: number | null) =>
    cents === null ? "" : centsToDecimalString(cents, props.locale === "fr" ? "," : ".");
  const listType = types[0] ?? "INVOICE";
  const active = Boolean(
    query.status || query.type || query.from || query.to || query.min !== null || query.max !== null || query.overdue,
  );
  return (
    <FiltersDisclosure label={t.filters} active={active}>
      <div className={field}>
        <label htmlFor={`${id}-status`}>{t.filterStatus}</label>
        <select id={`${id}-status`} name="status" defaultValue={query.status} className={filterControlClass}>
          <option value="">{t.allStatuses}</option>
          {statusesOfList[kind].map((status) => (
            <option key={status} value={status}>
              {statusLabel(status, listType, labels.documentStatuses)}
            </option>
          ))}
        </select>
      </div>
      {types.length > 1 ? (
        <div className={field}>
          <label htmlFor={`${id}-type`}>{t.filterType}</label>
          <select id={`${id}-type`} name="type" defaultValue={query.type} className={filterControlClass}>
            <option value="">{t.allTypes}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {labels.documentTypes[type]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={field}>
        <label htmlFor={`${id}-from`}>{t.filterFrom}</label>
        <input id={`${id}-from`} type="date" name="from" defaultValue={query.from} className={filterControlClass} />
      </div>
      <div className={field}>
        <label htmlFor={`${id}-to`}>{t.filterTo}</label>
        <input id={`${id}-to`} type="date" name="to" defaultValue={query.to} className={filterControlClass} />
      </div>
      <div className={field}>
        <label htmlFor={`${id}-min`}>{t.filterMin}</label>
        <input
          id={`${id}-min`}
          name="min"
          inputMode="decimal"
          defaultValue={amount(query.min)}
          className={`${filterControlClass} w-32`}
        />
      </div>
      <div className={field}>
        <label htmlFor={`${id}-max`}>{t.filterMax}</label>
        <input
          id={`${id}-max`}
          name="max"
          inputMode="decimal"
          defaultValue={amount(query.max)}
          className={`${filterControlClass} w-32`}
        />
      </div>
      {kind === "invoices" ? (
        <label className="flex items-center gap-2 pb-2 text-sm font-medium text-slate-800">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} />
          {t.overdueOnly}
        </label>
      ) : null}
      {query.client ? <input type="hidden" name="client" value={query.client} /> : null}
    </FiltersDisclosure>
  );
}
