import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Prisma.TransactionClient;

/**
 * How many documents (quotes, invoices, credit notes…) name this client: a client with
 * documents can only be archived, never deleted (issued invoices must keep their buyer;
 * the database's foreign key refuses the delete too).
 */
export async function countClientDocuments(
  reader: Reader,
  where: { organizationId: string; clientId: string },
): Promise<number> {
  return reader.document.count({ where: { organizationId: where.organizationId, clientId: where.clientId } });
}
