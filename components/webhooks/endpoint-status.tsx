import { formatParisInstant, type DateLocale } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-endpoint-view";

/** An endpoint's state in words (enabled, disabled — by a member or after failures) and since when it fails. */
export function EndpointStatus({
  endpoint,
  locale,
  messages: t,
}: {
  endpoint: Pick<WebhookEndpointView, "enabled" | "disabledReason" | "failingSince">;
  locale: DateLocale;
  messages: Messages["webhooks"];
}) {
  const label = endpoint.enabled ? t.enabled : endpoint.disabledReason === "failing" ? t.disabledFailing : t.disabled;
  const tone = endpoint.enabled
    ? "bg-green-50 text-green-800 ring-green-200"
    : "bg-slate-100 text-slate-700 ring-slate-200";
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${tone}`}>{label}</span>
      {endpoint.failingSince ? (
        <span className="text-red-700">
          {format(t.failingSince, {
            date: formatParisInstant(endpoint.failingSince, locale, { dateStyle: "medium", time: true }),
          })}
        </span>
      ) : null}
    </span>
  );
}
