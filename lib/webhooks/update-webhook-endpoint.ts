import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { lockWebhookEndpoint } from "./find-webhook-endpoint";
import { webhookEndpointInput } from "./webhook-endpoint-schema";
import { webhookEndpointSelect, webhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";
import { checkWebhookTarget } from "./webhook-target";

/** Changes an endpoint's URL, events and description (organization.update); audited with what changed. */
export async function updateWebhookEndpoint(
  member: MemberContext,
  rawId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<WebhookEndpointView> {
  assertCan(member, "organization.update");
  const input = parseInput(webhookEndpointInput, rawInput);
  await checkWebhookTarget(input.url);
  return db.$transaction(async (tx) => {
    const before = await lockWebhookEndpoint(tx, member.organizationId, rawId);
    const changes: Record<string, { before: string | string[]; after: string | string[] }> = {};
    for (const key of ["url", "description", "events"] as const) {
      if (JSON.stringify(before[key]) !== JSON.stringify(input[key])) {
        changes[key] = { before: before[key], after: input[key] };
      }
    }
    if (Object.keys(changes).length === 0) return webhookEndpointView(before);
    const row = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: input,
      select: webhookEndpointSelect,
    });
    await recordAudit(tx, {
      action: "webhook.updated",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "WebhookEndpoint",
      targetId: row.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { ...changes },
    });
    return webhookEndpointView(row);
  });
}
