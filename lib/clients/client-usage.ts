import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Prisma.TransactionClient;

/**
 * How many documents (quotes, invoices, credit notes…) and recurring invoice profiles name
 * this client: such a client can only be archived, never deleted (issued invoices must keep
 * their buyer, a profile its client; the database's foreign keys refuse the delete too).
 */
export async function countClientDocuments(
  reader: Reader,
  where: { organizationId: string; clientId: string },
): Promise<number> {
  const scope = { organizationId: where.organizationId, clientId: where.clientId };
  const documents = await reader.document.count({ where: scope });
  const profiles = await reader.recurringProfile.count({ where: scope });
  return documents + profiles;
}
