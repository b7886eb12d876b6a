import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { groupNameTaken } from "./group-errors";

/**
 * Names are unique per organization in any case ("VIP" and "vip" would be confusing in a
 * filter). The database's unique index (organizationId, name) is exact-case and catches the
 * race between this check and the write.
 */
export async function assertGroupNameFree(
  tx: Prisma.TransactionClient,
  organizationId: string,
  name: string,
  exceptGroupId?: string,
): Promise<void> {
  const clash = await tx.clientGroup.findFirst({
    where: {
      organizationId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptGroupId ? { id: { not: exceptGroupId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw groupNameTaken();
}

/** A unique violation on (organizationId, name) becomes the same field error. */
export function rethrowNameTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw groupNameTaken();
  throw error;
}
