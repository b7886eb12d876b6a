import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { enqueueJob, wakeWorkers } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import type { WebhookDeliverJob } from "./queue-webhook-event";
import { webhookDeliveryNotFound, webhookEndpointDisabled } from "./webhook-errors";
import { webhookIdSchema } from "./webhook-endpoint-schema";

/**
 * Posts a delivery again (organization.update): back to PENDING with a new job and a fresh
 * round of retries, the same payload and webhook-id (the receiver can tell it is the same
 * event). Refused (CONFLICT "webhook_disabled") while its endpoint is disabled; audited.
 */
export async function resendWebhookDelivery(
  member: MemberContext,
  rawDeliveryId: unknown,
  meta: RequestMeta,
): Promise<void> {
  assertCan(member, "organization.update");
  const deliveryId = webhookIdSchema.safeParse(rawDeliveryId);
  if (!deliveryId.success) throw webhookDeliveryNotFound();
  const organizationId = member.organizationId;
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId.data, organizationId },
      select: { id: true, eventType: true, endpointId: true, endpoint: { select: { enabled: true } } },
    });
    if (!delivery) throw webhookDeliveryNotFound();
    if (!delivery.endpoint.enabled) throw webhookEndpointDisabled();
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "PENDING", deliveredAt: null } });
    await enqueueJob(QUEUES.webhooksDeliver.name, { deliveryId: delivery.id } satisfies WebhookDeliverJob, { tx });
    await recordAudit(tx, {
      action: "webhook.delivery_resent",
      organizationId,
      actorId: member.userId,
      targetType: "WebhookDelivery",
      targetId: delivery.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { endpointId: delivery.endpointId, eventType: delivery.eventType },
    });
  });
  wakeWorkers(QUEUES.webhooksDeliver.name);
}
