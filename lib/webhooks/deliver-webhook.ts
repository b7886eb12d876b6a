import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob, wakeWorkers } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { isLastAttempt, type JobHandler } from "@/lib/jobs/job-handler";
import { getLogger } from "@/lib/log/logger";
import { disableFailingEndpoint, FAILING_DAYS_BEFORE_DISABLE } from "./disable-failing-endpoint";
import { postWebhook, type PostOutcome } from "./post-webhook";
import type { WebhookDeliverJob } from "./queue-webhook-event";
import { signWebhook } from "./webhook-signature";
import { checkWebhookTarget } from "./webhook-target";

// The webhooks.deliver job: one delivery, one attempt per run; a failed attempt throws so
// pg-boss retries it with backoff, and the last one marks it FAILED.
//
// Order. A receiver must see one document's events in the order they happened (issued →
// sent → payment.recorded → invoice.paid), so an endpoint's deliveries go one at a time,
// oldest first (createdAt, then id): a delivery with an older one of its endpoint still
// PENDING waits, its job ends without posting, and the older one, when it ends (SUCCEEDED or
// FAILED), enqueues the next in the same transaction that records its end. Per endpoint,
// not per document: simpler, and a failing receiver fails for every document anyway.
//
// Once. Two jobs may run for one delivery (its own and the one its predecessor enqueued);
// the attempt is claimed by bumping `attempts` from the value read, so only one posts.

const jobData = z.object({ deliveryId: z.string().min(1) });

const deliverySelect = {
  id: true,
  organizationId: true,
  endpointId: true,
  eventType: true,
  payload: true,
  status: true,
  attempts: true,
  createdAt: true,
  endpoint: { select: { url: true, secret: true, enabled: true, failingSince: true } },
} as const satisfies Prisma.WebhookDeliverySelect;

export const deliverWebhookHandler: JobHandler = async (data, job) => {
  const { deliveryId } = jobData.parse(data);
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: deliverySelect });
  if (!delivery || delivery.status !== "PENDING") return;

  if (!delivery.endpoint.enabled) {
    await endDelivery(delivery, { status: "FAILED", lastError: "endpoint disabled" });
    return;
  }
  const older = await db.webhookDelivery.findFirst({
    where: {
      endpointId: delivery.endpointId,
      status: "PENDING",
      OR: [{ createdAt: { lt: delivery.createdAt } }, { createdAt: delivery.createdAt, id: { lt: delivery.id } }],
    },
    select: { id: true },
  });
  if (older) return;

  const claimed = await db.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "PENDING", attempts: delivery.attempts },
    data: { attempts: { increment: 1 }, lastAttemptAt: new Date() },
  });
  if (claimed.count !== 1) return;

  const outcome = await attempt(delivery);
  if (outcome.ok) {
    await endDelivery(delivery, {
      status: "SUCCEEDED",
      responseStatus: outcome.status,
      durationMs: outcome.durationMs,
      lastError: null,
      deliveredAt: new Date(),
    });
    return;
  }

  // A receiver's or the network's words, shown in the log: bounded.
  const failure = {
    responseStatus: outcome.status,
    durationMs: outcome.durationMs,
    lastError: outcome.error.slice(0, 500),
  };
  const endpoint = await db.webhookEndpoint.update({
    where: { id: delivery.endpointId },
    data: { failingSince: delivery.endpoint.failingSince ?? new Date() },
    select: { failingSince: true },
  });
  const failingFor = Date.now() - (endpoint.failingSince ?? new Date()).getTime();
  if (failingFor >= FAILING_DAYS_BEFORE_DISABLE * 24 * 3600 * 1000) {
    await disableFailingEndpoint(delivery.organizationId, delivery.endpointId);
    await endDelivery(delivery, { status: "FAILED", ...failure });
    return;
  }
  if (isLastAttempt(job)) {
    await endDelivery(delivery, { status: "FAILED", ...failure });
    return;
  }
  await db.webhookDelivery.update({ where: { id: delivery.id }, data: failure });
  throw new Error(`webhook delivery ${delivery.id} failed: ${outcome.error}`);
};

type Delivery = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** Signs and posts (a fresh webhook-timestamp each attempt; the same webhook-id). */
async function attempt(delivery: Delivery): Promise<PostOutcome> {
  const body = JSON.stringify(delivery.payload);
  let pinned;
  try {
    // Checked again at each attempt: the name may resolve elsewhere since it was created.
    pinned = await checkWebhookTarget(delivery.endpoint.url);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const reason = String(error.details.fieldErrors?.url?.[0] ?? error.code);
    return { ok: false, status: null, durationMs: 0, error: `refused: ${reason}` };
  }
  const timestamp = Math.floor(Date.now() / 1000);
  return postWebhook({
    url: delivery.endpoint.url,
    body,
    pinned,
    headers: {
      "webhook-id": delivery.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook(delivery.endpoint.secret, delivery.id, timestamp, body),
    },
  });
}

/**
 * Records the delivery's end and hands the endpoint's queue to its next PENDING delivery
 * (one transaction: the hand-over cannot be lost). A success also ends the endpoint's run of
 * failures.
 */
async function endDelivery(
  delivery: Delivery,
  data: Prisma.WebhookDeliveryUpdateInput & { status: "SUCCEEDED" | "FAILED" },
): Promise<void> {
  const handedOver = await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data });
    if (data.status === "SUCCEEDED") {
      await tx.webhookEndpoint.updateMany({
        where: { id: delivery.endpointId, failingSince: { not: null } },
        data: { failingSince: null },
      });
    }
    const next = await tx.webhookDelivery.findFirst({
      where: { endpointId: delivery.endpointId, status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (!next) return false;
    await enqueueJob(QUEUES.webhooksDeliver.name, { deliveryId: next.id } satisfies WebhookDeliverJob, { tx });
    return true;
  });
  // Committed: this process's workers take the next one now rather than at their next poll.
  if (handedOver) wakeWorkers(QUEUES.webhooksDeliver.name);
  getLogger().debug({ deliveryId: delivery.id, status: data.status }, "webhook delivery ended");
}
