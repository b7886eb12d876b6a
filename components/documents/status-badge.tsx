import type { DisplayStatus } from "@/lib/documents/document-status";
import type { Messages } from "@/lib/i18n/messages/fr";
import type { DocumentTypeName } from "./document-paths";

const tones: Record<DisplayStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  SENT: "bg-sky-50 text-sky-800",
  ACCEPTED: "bg-emerald-50 text-emerald-800",
  DECLINED: "bg-rose-50 text-rose-800",
  EXPIRED: "bg-amber-50 text-amber-800",
  INVOICED: "bg-violet-50 text-violet-800",
  ISSUED: "bg-sky-50 text-sky-800",
  PARTIALLY_PAID: "bg-amber-50 text-amber-800",
  OVERDUE: "bg-red-50 text-red-800",
  PAID: "bg-emerald-50 text-emerald-800",
  CANCELLED: "bg-slate-100 text-slate-600",
};

export function statusLabel(status: DisplayStatus, type: DocumentTypeName, labels: Messages["documentStatuses"]) {
  return type === "CREDIT_NOTE" && status === "ISSUED" ? labels.creditNoteIssued : labels[status];
}

/** A document's displayed status (lib/documents/document-status.ts), as text plus colour. */
export function StatusBadge(props: {
  status: DisplayStatus;
  type: DocumentTypeName;
  labels: Messages["documentStatuses"];
}) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[props.status]}`}
    >
      {statusLabel(props.status, props.type, props.labels)}
    </span>
  );
}
