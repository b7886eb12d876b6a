import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { webhookEndpointNotFound } from "./webhook-errors";
import { webhookIdSchema } from "./webhook-endpoint-schema";
import { webhookEndpointSelect, webhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

/** The acting organization's endpoints, oldest first (organization.read: every role sees them). */
export async function listWebhookEndpoints(member: MemberContext): Promise<WebhookEndpointView[]> {
  assertCan(member, "organization.read");
  const rows = await db.webhookEndpoint.findMany({
    where: { organizationId: member.organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: webhookEndpointSelect,
  });
  return rows.map(webhookEndpointView);
}

/** One endpoint of the acting organization (organization.read), or NOT_FOUND. */
export async function getWebhookEndpoint(member: MemberContext, rawId: unknown): Promise<WebhookEndpointView> {
  assertCan(member, "organization.read");
  const id = webhookIdSchema.safeParse(rawId);
  if (!id.success) throw webhookEndpointNotFound();
  const row = await db.webhookEndpoint.findFirst({
    where: { id: id.data, organizationId: member.organizationId },
    select: webhookEndpointSelect,
  });
  if (!row) throw webhookEndpointNotFound();
  return webhookEndpointView(row);
}
