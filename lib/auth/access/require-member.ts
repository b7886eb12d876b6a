import "server-only";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "../permissions";
import type { SessionContext } from "../sessions/session-context";

/** Who is acting, in which organization, with which role: every tenant query is scoped by it. */
export type MemberContext = {
  userId: string;
  sessionId: string;
  organizationId: string;
  organizationName: string;
  role: Role;
};

/**
 * The single access check. The organization comes from the server-side session (or from the
 * resource being touched), never from the client; membership, the organization's state and
 * the role's permission are all checked here.
 */
export async function requireMember(
  session: SessionContext | null,
  organizationId: string | null | undefined,
  permission: Permission,
): Promise<MemberContext> {
  if (!session) throw new AppError("UNAUTHENTICATED", "unauthenticated", "Please sign in");
  if (!organizationId) throw new AppError("FORBIDDEN", "no_organization", "Choose an organization first");
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: session.user.id } },
    include: { organization: { select: { name: true, disabledAt: true } } },
  });
  // Someone else's organization looks exactly like a missing one.
  if (!membership) throw new AppError("NOT_FOUND", "organization_not_found", "Organization not found");
  if (membership.organization.disabledAt) {
    throw new AppError("FORBIDDEN", "organization_disabled", "This organization has been disabled");
  }
  if (!can(membership.role, permission)) {
    throw new AppError("FORBIDDEN", "forbidden", "Your role does not allow this", { permission });
  }
  return {
    userId: session.user.id,
    sessionId: session.sessionId,
    organizationId,
    organizationName: membership.organization.name,
    role: membership.role,
  };
}
