import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { lockWebhookEndpoint } from "./find-webhook-endpoint";
import { generateWebhookSecret } from "./webhook-signature";

/**
 * Replaces an endpoint's signing secret (organization.update); audited. The new secret is
 * returned once; every attempt from now on — retries of older events included — is signed
 * with it.
 */
export async function rotateWebhookSecret(
  member: MemberContext,
  rawId: unknown,
  meta: RequestMeta,
): Promise<{ secret: string }> {
  assertCan(member, "organization.update");
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const endpoint = await lockWebhookEndpoint(tx, member.organizationId, rawId);
    await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret } });
    await recordAudit(tx, {
      action: "webhook.secret_rotated",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { url: endpoint.url },
    });
    return { secret };
  });
}
