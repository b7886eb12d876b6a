import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { webhookEndpointNotFound } from "./webhook-errors";
import { webhookIdSchema } from "./webhook-endpoint-schema";

export const WEBHOOK_DELIVERY_PAGE_SIZE = 25;

export type WebhookDeliveryView = {
  id: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  durationMs: number | null;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
};

export type WebhookDeliveryPage = { deliveries: WebhookDeliveryView[]; nextCursor: string | null };

/**
 * An endpoint's delivery log, newest first, 25 per page (organization.read). The cursor is
 * the id of the previous page's last delivery; it only counts when it is one of this
 * endpoint's (otherwise the first page), so it reveals nothing of another organization.
 */
export async function listWebhookDeliveries(
  member: MemberContext,
  rawEndpointId: unknown,
  cursor?: string | null,
): Promise<WebhookDeliveryPage> {
  assertCan(member, "organization.read");
  const endpointId = webhookIdSchema.safeParse(rawEndpointId);
  if (!endpointId.success) throw webhookEndpointNotFound();
  const organizationId = member.organizationId;
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: endpointId.data, organizationId },
    select: { id: true },
  });
  if (!endpoint) throw webhookEndpointNotFound();
  const after =
    typeof cursor === "string" && webhookIdSchema.safeParse(cursor).success
      ? await db.webhookDelivery.findFirst({
          where: { id: cursor, organizationId, endpointId: endpoint.id },
          select: { id: true, createdAt: true },
        })
      : null;
  const where: Prisma.WebhookDeliveryWhereInput = {
    organizationId,
    endpointId: endpoint.id,
    ...(after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {}),
  };
  const rows = await db.webhookDelivery.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: WEBHOOK_DELIVERY_PAGE_SIZE + 1,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      responseStatus: true,
      durationMs: true,
      lastError: true,
      createdAt: true,
      lastAttemptAt: true,
      deliveredAt: true,
    },
  });
  const page = rows.slice(0, WEBHOOK_DELIVERY_PAGE_SIZE);
  return {
    deliveries: page,
    nextCursor: rows.length > WEBHOOK_DELIVERY_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}
