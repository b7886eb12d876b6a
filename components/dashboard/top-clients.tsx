import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { TopClient } from "@/lib/dashboard/monthly-figures";
import type { Locale } from "@/lib/i18n/locales";
import type { DashboardMessages } from "@/lib/i18n/messages/dashboard-fr";
import { formatMoney } from "@/lib/money/format-money";

/** The five clients invoiced most in the period, each a link to the client's page. */
export function TopClients(props: {
  clients: TopClient[];
  currency: string;
  locale: Locale;
  labels: DashboardMessages;
}) {
  const { clients, labels } = props;
  return (
    <Card aria-labelledby="dashboard-top-clients-title" className="flex min-w-0 flex-col gap-3">
      <CardTitle id="dashboard-top-clients-title">{labels.topClientsTitle}</CardTitle>
      {clients.length === 0 ? (
        <p className="text-sm text-slate-600">{labels.topClientsEmpty}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-100">
          {clients.map((client) => (
            <li key={client.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2 text-sm">
              <Link
                prefetch={false}
                href={`/clients/${client.id}`}
                className="min-w-0 font-medium break-words text-brand-700 underline-offset-2 hover:underline"
              >
                {client.name}
              </Link>
              <span className="tabular-nums">
                {formatMoney(client.invoicedExclVatCents, props.locale, props.currency)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
