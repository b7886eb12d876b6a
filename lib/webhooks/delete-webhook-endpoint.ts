import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { lockWebhookEndpoint } from "./find-webhook-endpoint";

/**
 * Deletes an endpoint and its delivery log (organization.update); audited. Its queued jobs
 * find no delivery and end without posting.
 */
export async function deleteWebhookEndpoint(member: MemberContext, rawId: unknown, meta: RequestMeta): Promise<void> {
  assertCan(member, "organization.update");
  await db.$transaction(async (tx) => {
    const endpoint = await lockWebhookEndpoint(tx, member.organizationId, rawId);
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAudit(tx, {
      action: "webhook.deleted",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { url: endpoint.url, events: endpoint.events },
    });
  });
}
