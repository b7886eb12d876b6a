import type { Messages } from "@/lib/i18n/messages/fr";
import type { RecurringStatusValue } from "@/lib/recurring/recurring-types";

const tones: Record<RecurringStatusValue, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800",
  PAUSED: "bg-amber-50 text-amber-800",
  ENDED: "bg-slate-100 text-slate-600",
  STOPPED: "bg-red-50 text-red-800",
};

/** A recurring profile's status, as text plus colour (like the documents' StatusBadge). */
export function RecurringStatusBadge(props: { status: RecurringStatusValue; labels: Messages["recurringStatuses"] }) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[props.status]}`}
    >
      {props.labels[props.status]}
    </span>
  );
}
