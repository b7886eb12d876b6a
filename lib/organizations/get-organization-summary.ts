import "server-only";
import { db } from "@/lib/db/prisma";

/** Name of the active organization for the app shell, only while the user is still a member. */
export async function getActiveOrganizationName(userId: string, organizationId: string | null): Promise<string | null> {
  if (!organizationId) return null;
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    select: { organization: { select: { name: true } } },
  });
  return membership?.organization.name ?? null;
}
