import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { lockWebhookEndpoint } from "./find-webhook-endpoint";
import { webhookEndpointSelect, webhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

/**
 * Enables or disables an endpoint (organization.update); audited when it changes. Enabling
 * starts afresh: no run of failures, no reason. A disabled endpoint gets no new events.
 */
export async function setWebhookEndpointEnabled(
  member: MemberContext,
  rawId: unknown,
  enabled: boolean,
  meta: RequestMeta,
): Promise<WebhookEndpointView> {
  assertCan(member, "organization.update");
  return db.$transaction(async (tx) => {
    const before = await lockWebhookEndpoint(tx, member.organizationId, rawId);
    if (before.enabled === enabled) return webhookEndpointView(before);
    const row = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: enabled
        ? { enabled, disabledAt: null, disabledReason: null, failingSince: null }
        : { enabled, disabledAt: new Date(), disabledReason: null },
      select: webhookEndpointSelect,
    });
    await recordAudit(tx, {
      action: enabled ? "webhook.enabled" : "webhook.disabled",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "WebhookEndpoint",
      targetId: row.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { url: row.url },
    });
    return webhookEndpointView(row);
  });
}
