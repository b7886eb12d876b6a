import type { Metadata } from "next";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { EndpointStatus } from "@/components/webhooks/endpoint-status";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import { can } from "@/lib/auth/permissions";
import { format } from "@/lib/i18n/format";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { getRequestMessages } from "../../../_shared/request-locale";
import { requireActiveMember } from "../../../_shared/session";
import { createWebhookEndpointAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return { title: `${messages.webhooks.title} · ${messages.common.appName}` };
}

/** Every role sees the organization's webhooks; owners and admins add and change them. */
export default async function WebhooksPage() {
  const member = await requireActiveMember("organization.read");
  const { locale, messages } = await getRequestMessages();
  const t = messages.webhooks;
  const canEdit = can(member.role, "organization.update");
  const endpoints = await listWebhookEndpoints(member);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToSettings}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">{t.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{format(t.lead, { name: member.organizationName })}</p>
      {canEdit ? null : (
        <p role="note" className="mb-6 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t.readOnlyNotice}
        </p>
      )}
      {endpoints.length === 0 ? (
        <EmptyState title={t.emptyTitle} body={t.emptyBody} />
      ) : (
        <ul aria-label={t.listCaption} className="space-y-3">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className={cardClass()}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <p className="break-all font-mono text-sm font-medium text-slate-900">{endpoint.url}</p>
                  {endpoint.description ? <p className="text-sm text-slate-600">{endpoint.description}</p> : null}
                  <EndpointStatus endpoint={endpoint} locale={locale} messages={t} />
                </div>
                <Link
                  href={`/settings/webhooks/${endpoint.id}`}
                  aria-label={format(t.openLogLabel, { url: endpoint.url })}
                  className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {t.openLog}
                </Link>
              </div>
              <ul aria-label={t.events} className="mt-3 flex flex-wrap gap-1.5">
                {endpoint.events.map((type) => (
                  <li key={type} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                    {t.eventNames[type]}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <section aria-labelledby="webhook-add-title" className={cardClass({ className: "mt-8" })}>
          <h2 id="webhook-add-title" className="mb-4 text-lg font-semibold text-slate-900">
            {t.addTitle}
          </h2>
          <WebhookEndpointForm
            mode="create"
            initial={{ url: "", description: "", events: [] }}
            messages={{ ...t, loading: messages.common.loading }}
            action={createWebhookEndpointAction}
          />
        </section>
      ) : null}
    </>
  );
}
