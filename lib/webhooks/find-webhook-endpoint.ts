import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { webhookEndpointNotFound } from "./webhook-errors";
import { webhookIdSchema } from "./webhook-endpoint-schema";
import { webhookEndpointSelect } from "./webhook-endpoint-view";

/**
 * An endpoint of the organization, locked for the caller's transaction, or NOT_FOUND (another
 * organization's endpoint looks exactly like a missing one).
 */
export async function lockWebhookEndpoint(tx: Prisma.TransactionClient, organizationId: string, rawId: unknown) {
  const id = webhookIdSchema.safeParse(rawId);
  if (!id.success) throw webhookEndpointNotFound();
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "WebhookEndpoint" WHERE id = ${id.data} AND "organizationId" = ${organizationId} FOR UPDATE`;
  if (locked.length === 0) throw webhookEndpointNotFound();
  return tx.webhookEndpoint.findUniqueOrThrow({ where: { id: id.data }, select: webhookEndpointSelect });
}
