import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { webhookEndpointInput } from "./webhook-endpoint-schema";
import { webhookEndpointSelect, webhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";
import { generateWebhookSecret } from "./webhook-signature";
import { checkWebhookTarget } from "./webhook-target";

/**
 * Adds an endpoint to the acting organization (organization.update); audited. The signing
 * secret is returned here, once: pages show it to be copied and never again. In production
 * the URL's host must resolve to public addresses only (SSRF guard).
 */
export async function createWebhookEndpoint(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  assertCan(member, "organization.update");
  const input = parseInput(webhookEndpointInput, rawInput);
  await checkWebhookTarget(input.url);
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { organizationId: member.organizationId, ...input, secret, createdById: member.userId },
      select: webhookEndpointSelect,
    });
    await recordAudit(tx, {
      action: "webhook.created",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "WebhookEndpoint",
      targetId: row.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { url: input.url, events: input.events },
    });
    return { endpoint: webhookEndpointView(row), secret };
  });
}
