import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Prisma.TransactionClient;

/**
 * How many documents (quotes, invoices, credit notes…) name this client: a client with
 * documents can only be archived, never deleted (issued invoices must keep their buyer).
 *
 * Documents do not exist yet, so this is 0 and deleting is allowed. The document-core issue
 * adds its tables here, e.g. `reader.document.count({ where: { organizationId, clientId } })`.
 */
export async function countClientDocuments(
  reader: Reader,
  where: { organizationId: string; clientId: string },
): Promise<number> {
  void reader;
  void where;
  return 0;
}
