import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import type { Role } from "@/lib/generated/prisma/enums";

export type MyOrganization = {
  id: string;
  name: string;
  role: Role;
  /** The session is working in it right now. */
  active: boolean;
  /** Disabled by the platform: listed so the user understands, but not selectable. */
  disabled: boolean;
};

/** The organizations the signed-in user belongs to, by name. */
export async function listMyOrganizations(session: SessionContext): Promise<MyOrganization[]> {
  const memberships = await db.membership.findMany({
    where: { userId: session.user.id },
    select: { role: true, organization: { select: { id: true, name: true, disabledAt: true } } },
  });
  return memberships
    .map(({ role, organization }) => ({
      id: organization.id,
      name: organization.name,
      role,
      active: organization.id === session.activeOrganizationId && !organization.disabledAt,
      disabled: Boolean(organization.disabledAt),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
