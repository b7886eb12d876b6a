import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cardClass } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { EndpointStatus } from "@/components/webhooks/endpoint-status";
import { RotateSecretForm } from "@/components/webhooks/rotate-secret-form";
import { WebhookActionForm } from "@/components/webhooks/webhook-action-form";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { can } from "@/lib/auth/permissions";
import { formatParisInstant } from "@/lib/dates/format-date";
import { isAppError } from "@/lib/errors/app-error";
import { format } from "@/lib/i18n/format";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { getWebhookEndpoint } from "@/lib/webhooks/list-webhook-endpoints";
import { isWebhookEventType } from "@/lib/webhooks/webhook-event-types";
import { getRequestMessages } from "../../../../_shared/request-locale";
import { requireActiveMember } from "../../../../_shared/session";
import {
  deleteWebhookEndpointAction,
  resendWebhookDeliveryAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEnabledAction,
  updateWebhookEndpointAction,
} from "../actions";

type Params = Promise<{ endpointId: string }>;

/** The endpoint of the URL, or the 404 page (missing, or another organization's). */
async function loadEndpoint(member: MemberContext, id: string) {
  try {
    return await getWebhookEndpoint(member, id);
  } catch (error) {
    if (isAppError(error) && error.kind === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ endpointId }, { messages }] = await Promise.all([params, getRequestMessages()]);
  const member = await requireActiveMember("organization.read");
  const endpoint = await loadEndpoint(member, endpointId);
  return { title: `${endpoint.url} · ${messages.webhooks.title} · ${messages.common.appName}` };
}

const cell = "px-4 py-3";

/** One endpoint: its settings and actions (owners, admins) and its delivery log (everyone). */
export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<{ cursor?: string | string[] }>;
}) {
  const member = await requireActiveMember("organization.read");
  const [{ endpointId }, { cursor }, { locale, messages }] = await Promise.all([
    params,
    searchParams,
    getRequestMessages(),
  ]);
  const t = messages.webhooks;
  const formMessages = { ...t, loading: messages.common.loading };
  const canEdit = can(member.role, "organization.update");
  const endpoint = await loadEndpoint(member, endpointId);
  const current = typeof cursor === "string" ? cursor : null;
  const page = await listWebhookDeliveries(member, endpoint.id, current);
  const base = `/settings/webhooks/${endpoint.id}`;
  const eventName = (type: string) => (isWebhookEventType(type) ? t.eventNames[type] : t.testEvent);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings/webhooks" prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {t.backToList}
        </Link>
      </p>
      <h1 className="break-all font-mono text-xl font-semibold tracking-tight">{endpoint.url}</h1>
      <div className="mb-6 mt-2 space-y-1 text-sm text-slate-600">
        {endpoint.description ? <p>{endpoint.description}</p> : null}
        <EndpointStatus endpoint={endpoint} locale={locale} messages={t} />
        <p className="font-mono text-xs">{format(t.secretHint, { hint: endpoint.secretHint })}</p>
      </div>

      {canEdit ? (
        <div className="mb-8 grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="webhook-edit-title" className={cardClass()}>
            <h2 id="webhook-edit-title" className="mb-4 text-lg font-semibold text-slate-900">
              {t.editTitle}
            </h2>
            <WebhookEndpointForm
              // A new form after each save: its fields start from the stored values.
              key={JSON.stringify([endpoint.url, endpoint.description, endpoint.events])}
              mode="edit"
              endpointId={endpoint.id}
              initial={{ url: endpoint.url, description: endpoint.description, events: endpoint.events }}
              messages={formMessages}
              action={updateWebhookEndpointAction}
            />
          </section>
          <section aria-labelledby="webhook-actions-title" className={cardClass({ className: "space-y-4" })}>
            <h2 id="webhook-actions-title" className="text-lg font-semibold text-slate-900">
              {t.actionsTitle}
            </h2>
            <div className="flex flex-wrap items-start gap-2">
              <WebhookActionForm
                action={setWebhookEnabledAction}
                fields={{ endpointId: endpoint.id, enabled: String(!endpoint.enabled) }}
                label={endpoint.enabled ? t.disable : t.enable}
                pendingLabel={messages.common.loading}
                done={endpoint.enabled ? t.disabledToast : t.enabledToast}
                errors={t.errors}
                variant={endpoint.enabled ? "caution" : "primary"}
              />
              {endpoint.enabled ? (
                <WebhookActionForm
                  action={sendTestWebhookAction}
                  fields={{ endpointId: endpoint.id }}
                  label={t.sendTest}
                  pendingLabel={messages.common.loading}
                  done={t.testSent}
                  errors={t.errors}
                />
              ) : null}
            </div>
            <RotateSecretForm action={rotateWebhookSecretAction} endpointId={endpoint.id} messages={formMessages} />
            <ConfirmButton
              title={t.deleteTitle}
              body={format(t.deleteBody, { url: endpoint.url })}
              confirmLabel={t.deleteConfirm}
              cancelLabel={t.cancel}
              action={deleteWebhookEndpointAction}
              fields={{ endpointId: endpoint.id }}
            >
              {t.delete}
            </ConfirmButton>
          </section>
        </div>
      ) : null}

      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t.deliveriesTitle}</h2>
      {page.deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">{t.deliveriesEmpty}</p>
      ) : (
        <TableCard
          caption={format(t.deliveriesCaption, { url: endpoint.url })}
          tableClassName="min-w-[44rem]"
          scrollRegion={canEdit && endpoint.enabled ? undefined : { "aria-label": t.deliveriesTitle }}
        >
          <thead className={tableHeadClass}>
            <tr>
              <th scope="col" className={cell}>
                {t.time}
              </th>
              <th scope="col" className={cell}>
                {t.event}
              </th>
              <th scope="col" className={cell}>
                {t.status}
              </th>
              <th scope="col" className={cell}>
                {t.response}
              </th>
              <th scope="col" className={cell}>
                {t.duration}
              </th>
              <th scope="col" className={cell}>
                {t.attempts}
              </th>
              {canEdit && endpoint.enabled ? (
                <th scope="col" className={cell}>
                  <span className="sr-only">{t.actionsTitle}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {page.deliveries.map((delivery) => {
              const when = formatParisInstant(delivery.createdAt, locale, { dateStyle: "short", time: "seconds" });
              return (
                <tr key={delivery.id}>
                  <td className={`${cell} whitespace-nowrap text-slate-700`}>
                    <time dateTime={delivery.createdAt.toISOString()}>{when}</time>
                  </td>
                  <td className={`${cell} text-slate-900`}>
                    {eventName(delivery.eventType)}
                    <code className="block text-xs text-slate-500">{delivery.eventType}</code>
                  </td>
                  <td className={cell}>
                    <span
                      className={
                        delivery.status === "SUCCEEDED"
                          ? "text-green-800"
                          : delivery.status === "FAILED"
                            ? "font-medium text-red-700"
                            : "text-amber-800"
                      }
                    >
                      {t.deliveryStatus[delivery.status]}
                    </span>
                    {delivery.lastError && delivery.status !== "SUCCEEDED" ? (
                      <span className="block max-w-xs break-words text-xs text-slate-600">
                        {format(t.lastError, { error: delivery.lastError })}
                      </span>
                    ) : null}
                  </td>
                  <td className={`${cell} font-mono text-slate-700`}>{delivery.responseStatus ?? t.noResponse}</td>
                  <td className={`${cell} whitespace-nowrap text-slate-700`}>
                    {delivery.durationMs === null ? t.noResponse : format(t.durationMs, { ms: delivery.durationMs })}
                  </td>
                  <td className={`${cell} text-slate-700`}>{delivery.attempts}</td>
                  {canEdit && endpoint.enabled ? (
                    <td className={cell}>
                      <WebhookActionForm
                        action={resendWebhookDeliveryAction}
                        fields={{ deliveryId: delivery.id }}
                        label={t.resend}
                        ariaLabel={format(t.resendLabel, { event: delivery.eventType, date: when })}
                        pendingLabel={messages.common.loading}
                        done={t.resent}
                        errors={t.errors}
                        variant="ghost"
                      />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </TableCard>
      )}
      {current || page.nextCursor ? (
        <nav aria-label={t.pagination} className="mt-4 flex flex-wrap justify-between gap-3 text-sm">
          {current ? (
            <Link href={base} className="text-brand-700 underline-offset-2 hover:underline">
              {t.first}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link
              href={`${base}?cursor=${encodeURIComponent(page.nextCursor)}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {t.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
