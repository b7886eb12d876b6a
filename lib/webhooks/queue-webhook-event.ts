import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import type { WebhookEventType } from "./webhook-event-types";
import {
  documentWebhookData,
  documentWebhookSelect,
  paymentWebhookData,
  type ClientWebhookData,
} from "./webhook-payloads";

// Events are queued inside the transaction that makes the change: a WebhookDelivery per
// enabled endpoint subscribed to the type, and its webhooks.deliver job, commit with the
// change or not at all — so an event exists if and only if the change happened.

export type WebhookPayload = { type: string; timestamp: string; data: object };

export type WebhookDeliverJob = { deliveryId: string };

/**
 * Deliveries are worked oldest first per endpoint (createdAt, then id): consecutive events of
 * one process get strictly increasing instants even within one millisecond (payment.recorded
 * then invoice.paid in one transaction), so their order does not hang on the ids.
 */
let lastInstant = 0;
function nextInstant(): Date {
  lastInstant = Math.max(Date.now(), lastInstant + 1);
  return new Date(lastInstant);
}

/** The organization's enabled endpoints subscribed to `type`, oldest first. */
function subscribedEndpoints(
  tx: Prisma.TransactionClient,
  organizationId: string,
  type: WebhookEventType,
  endpointIds?: string[],
): Promise<{ id: string }[]> {
  return tx.webhookEndpoint.findMany({
    where: {
      organizationId,
      enabled: true,
      events: { has: type },
      ...(endpointIds ? { id: { in: endpointIds } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
}

/** One delivery and its job per endpoint, for one event. */
async function queueDeliveries(
  tx: Prisma.TransactionClient,
  organizationId: string,
  type: WebhookEventType,
  endpoints: { id: string }[],
  data: object,
): Promise<string[]> {
  const createdAt = nextInstant();
  const payload: WebhookPayload = { type, timestamp: createdAt.toISOString(), data };
  const ids: string[] = [];
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.create({
      data: { organizationId, endpointId: endpoint.id, eventType: type, payload, createdAt },
      select: { id: true },
    });
    await enqueueJob(QUEUES.webhooksDeliver.name, { deliveryId: delivery.id } satisfies WebhookDeliverJob, { tx });
    ids.push(delivery.id);
  }
  return ids;
}

/**
 * Queues one event for the organization's endpoints subscribed to it. `data` may be a
 * function: it is only called (the summary read) when some endpoint wants the event.
 * Returns the deliveries' ids.
 */
export async function queueWebhookEvent(
  tx: Prisma.TransactionClient,
  organizationId: string,
  type: WebhookEventType,
  data: object | (() => Promise<object>),
  options: { endpointIds?: string[] } = {},
): Promise<string[]> {
  const endpoints = await subscribedEndpoints(tx, organizationId, type, options.endpointIds);
  if (endpoints.length === 0) return [];
  return queueDeliveries(tx, organizationId, type, endpoints, typeof data === "function" ? await data() : data);
}

/** An event about a document (issued, sent, quote answered, invoice paid or overdue), its summary read in `tx`. */
export function queueDocumentEvent(
  tx: Prisma.TransactionClient,
  organizationId: string,
  type: WebhookEventType,
  documentId: string,
  options: { endpointIds?: string[] } = {},
): Promise<string[]> {
  return queueWebhookEvent(
    tx,
    organizationId,
    type,
    async () =>
      documentWebhookData(
        await tx.document.findFirstOrThrow({
          where: { id: documentId, organizationId },
          select: documentWebhookSelect,
        }),
      ),
    options,
  );
}

/**
 * payment.recorded or payment.deleted; a payment recorded that leaves its invoice PAID is
 * followed by invoice.paid (it was not PAID before: a paid invoice takes no payment).
 */
export async function queuePaymentEvents(
  tx: Prisma.TransactionClient,
  organizationId: string,
  type: "payment.recorded" | "payment.deleted",
  payment: Parameters<typeof paymentWebhookData>[0],
): Promise<void> {
  await queueWebhookEvent(tx, organizationId, type, paymentWebhookData(payment));
  if (type !== "payment.recorded") return;
  const invoice = documentWebhookData(
    await tx.document.findFirstOrThrow({
      where: { id: payment.documentId, organizationId },
      select: documentWebhookSelect,
    }),
  );
  if (invoice.status === "PAID") await queueWebhookEvent(tx, organizationId, "invoice.paid", invoice);
}

export function queueClientCreated(
  tx: Prisma.TransactionClient,
  organizationId: string,
  client: ClientWebhookData,
): Promise<string[]> {
  return queueWebhookEvent(tx, organizationId, "client.created", { id: client.id, name: client.name });
}

/**
 * client.created for each client of an import, in their order: the endpoints are read once
 * (nothing is written when none listens), then one event per client, as createClient sends.
 */
export async function queueClientsCreated(
  tx: Prisma.TransactionClient,
  organizationId: string,
  clients: readonly ClientWebhookData[],
): Promise<void> {
  if (clients.length === 0) return;
  const endpoints = await subscribedEndpoints(tx, organizationId, "client.created");
  if (endpoints.length === 0) return;
  for (const client of clients) {
    await queueDeliveries(tx, organizationId, "client.created", endpoints, { id: client.id, name: client.name });
  }
}
