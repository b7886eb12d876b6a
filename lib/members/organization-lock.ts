import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serialises membership changes of one organization (row lock until the transaction ends):
 * without it, two owners demoting each other at the same time would both see "another owner
 * is left" and leave the organization with none.
 */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
}

export async function countOwners(tx: Prisma.TransactionClient, organizationId: string): Promise<number> {
  return tx.membership.count({ where: { organizationId, role: "OWNER" } });
}
