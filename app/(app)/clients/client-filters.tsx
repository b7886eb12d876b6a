import { useId } from "react";
import { filterControlClass } from "@/components/ui/filter-control";
import type { ClientGroupSummary } from "@/lib/client-groups/list-groups";
import { clientStatuses, type ClientListQuery } from "@/lib/clients/client-list-query";
import { clientKinds } from "@/lib/clients/client-schema";
import type { Messages } from "@/lib/i18n/messages/fr";

type ClientFiltersProps = {
  query: ClientListQuery;
  groups: ClientGroupSummary[];
  labels: Messages["clients"];
};

/** The list's filters: fields of the GET search form, so they live in the URL and work without JS. */
export function ClientFilters({ query, groups, labels }: ClientFiltersProps) {
  const id = useId();
  return (
    <>
      {groups.length > 0 ? (
        <div className="flex flex-col text-sm font-medium text-slate-800">
          <label htmlFor={`${id}-group`}>{labels.filterGroup}</label>
          <select id={`${id}-group`} name="group" defaultValue={query.group} className={filterControlClass}>
            <option value="">{labels.allGroups}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex flex-col text-sm font-medium text-slate-800">
        <label htmlFor={`${id}-status`}>{labels.filterStatus}</label>
        <select id={`${id}-status`} name="status" defaultValue={query.status} className={filterControlClass}>
          {clientStatuses.map((status) => (
            <option key={status} value={status}>
              {labels.statuses[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col text-sm font-medium text-slate-800">
        <label htmlFor={`${id}-kind`}>{labels.filterKind}</label>
        <select id={`${id}-kind`} name="kind" defaultValue={query.kind} className={filterControlClass}>
          <option value="">{labels.allKinds}</option>
          {clientKinds.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kinds[kind]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
