import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { queueEmail, wakeEmailWorkers } from "@/lib/email/queue-email";
import { getEnv } from "@/lib/env/env";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { endpointDisabledEmail } from "./endpoint-disabled-email";

/** An endpoint whose deliveries have failed without a success for this long is disabled. */
export const FAILING_DAYS_BEFORE_DISABLE = 3;

export const FAILING_DISABLED_REASON = "failing";

/**
 * Disables an endpoint that has failed for 3 days and emails the organization's owners (one
 * email per language, each in its recipients' language), audited webhook.disabled with no
 * actor. Once: the endpoint is only disabled if it still was enabled, in the same
 * transaction as the audit and the emails.
 */
export async function disableFailingEndpoint(organizationId: string, endpointId: string): Promise<void> {
  const queued = await db.$transaction(async (tx) => {
    const changed = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, organizationId, enabled: true },
      data: { enabled: false, disabledAt: new Date(), disabledReason: FAILING_DISABLED_REASON },
    });
    if (changed.count !== 1) return false;
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      select: { url: true, failingSince: true, organization: { select: { name: true } } },
    });
    await recordAudit(tx, {
      action: "webhook.disabled",
      organizationId,
      actorId: null,
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      ip: null,
      userAgent: null,
      metadata: {
        url: endpoint.url,
        reason: FAILING_DISABLED_REASON,
        failingSince: endpoint.failingSince?.toISOString() ?? null,
      },
    });
    const owners = await tx.membership.findMany({
      where: { organizationId, role: "OWNER", user: { disabledAt: null } },
      select: { user: { select: { email: true, locale: true } } },
    });
    const byLocale = new Map<Locale, string[]>();
    for (const { user } of owners) {
      const locale: Locale = isLocale(user.locale) ? user.locale : "fr";
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), user.email]);
    }
    const url = `${getEnv().APP_URL.replace(/\/+$/, "")}/settings/webhooks`;
    for (const [locale, to] of byLocale) {
      const email = await endpointDisabledEmail({
        locale,
        organizationName: endpoint.organization.name,
        endpointUrl: endpoint.url,
        url,
      });
      await queueEmail({ ...email, to, organizationId }, { tx });
    }
    return true;
  });
  if (queued) wakeEmailWorkers();
}
