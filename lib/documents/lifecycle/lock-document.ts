import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordIdOrNull } from "@/lib/validation/record-id";

/**
 * Locks one document row of the organization (SELECT … FOR UPDATE) until the caller's
 * transaction ends, so that a check made after it (a balance, a status) still holds when the
 * write happens: concurrent payments, credit notes or quote transitions on the same document
 * run one after the other. Returns false when there is no such document in the organization
 * (another tenant's id looks exactly like a missing one).
 */
export async function lockDocument(
  tx: Prisma.TransactionClient,
  organizationId: string,
  documentId: string,
): Promise<boolean> {
  // An id PostgreSQL would refuse (a NUL byte from a URL) names no document.
  if (recordIdOrNull(documentId) === null) return false;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Document"
    WHERE "id" = ${documentId} AND "organizationId" = ${organizationId}
    FOR UPDATE`;
  return rows.length === 1;
}
