import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { enqueueJob, wakeWorkers } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { lockWebhookEndpoint } from "./find-webhook-endpoint";
import type { WebhookDeliverJob, WebhookPayload } from "./queue-webhook-event";
import { webhookEndpointDisabled } from "./webhook-errors";

/** The type of the event "Send test event" posts (not one a receiver subscribes to). */
export const WEBHOOK_TEST_EVENT = "webhook.test";

/**
 * Queues a "webhook.test" event to one endpoint (organization.update), whatever events it
 * subscribes to, signed and logged like any other; audited. Returns the delivery's id.
 */
export async function sendTestWebhook(
  member: MemberContext,
  rawEndpointId: unknown,
  meta: RequestMeta,
): Promise<string> {
  assertCan(member, "organization.update");
  const organizationId = member.organizationId;
  const id = await db.$transaction(async (tx) => {
    const endpoint = await lockWebhookEndpoint(tx, organizationId, rawEndpointId);
    if (!endpoint.enabled) throw webhookEndpointDisabled();
    const createdAt = new Date();
    const payload: WebhookPayload = {
      type: WEBHOOK_TEST_EVENT,
      timestamp: createdAt.toISOString(),
      data: { endpointId: endpoint.id, organizationId },
    };
    const delivery = await tx.webhookDelivery.create({
      data: { organizationId, endpointId: endpoint.id, eventType: WEBHOOK_TEST_EVENT, payload, createdAt },
      select: { id: true },
    });
    await enqueueJob(QUEUES.webhooksDeliver.name, { deliveryId: delivery.id } satisfies WebhookDeliverJob, { tx });
    await recordAudit(tx, {
      action: "webhook.test_sent",
      organizationId,
      actorId: member.userId,
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { deliveryId: delivery.id },
    });
    return delivery.id;
  });
  wakeWorkers(QUEUES.webhooksDeliver.name);
  return id;
}
