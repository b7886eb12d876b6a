import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Creates the settings row if needed and locks it until the transaction ends; returns the
 * current logo id. Two logo uploads at once then run one after the other, and neither
 * leaves the other's file orphaned.
 */
export async function lockSettingsRow(tx: Prisma.TransactionClient, organizationId: string): Promise<string | null> {
  await tx.$executeRaw`
    INSERT INTO "OrganizationSettings" ("organizationId", "updatedAt") VALUES (${organizationId}, now())
    ON CONFLICT ("organizationId") DO NOTHING`;
  const [row] = await tx.$queryRaw<{ logoFileId: string | null }[]>`
    SELECT "logoFileId" FROM "OrganizationSettings" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
  return row?.logoFileId ?? null;
}
