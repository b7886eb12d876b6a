import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { requireMember } from "@/lib/auth/access/require-member";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { switchOrganizationInput } from "./organization-schemas";

/**
 * Makes another organization the active one of this session. The id comes from the client,
 * so membership (and the organization's state) is checked by the one access check first:
 * someone else's organization is "not found".
 */
export async function switchOrganization(
  session: SessionContext | null,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ organizationId: string }> {
  const { organizationId } = parseInput(switchOrganizationInput, rawInput);
  const member = await requireMember(session, organizationId, "organization.read");
  await db.authSession.updateMany({
    where: { id: member.sessionId, userId: member.userId, revokedAt: null },
    data: { activeOrganizationId: organizationId },
  });
  await recordAudit(db, {
    action: "organization.switched",
    organizationId,
    actorId: member.userId,
    targetType: "Organization",
    targetId: organizationId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { from: session?.activeOrganizationId ?? null },
  });
  return { organizationId };
}
