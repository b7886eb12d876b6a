import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createFileStorage } from "@/lib/storage/file-storage";

// A replaced or removed logo stays on the documents already issued with it: their seller
// snapshot names the file, and their public page (and emails) show it. So the file is deleted
// only when no document of the organization names it; otherwise it is kept, unattached.

/** Deletes the organization's former logo file unless a document snapshot still shows it. */
export async function retireLogoFile(
  tx: Prisma.TransactionClient,
  organizationId: string,
  fileId: string,
): Promise<"deleted" | "kept"> {
  const named = await tx.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "Document"
    WHERE "organizationId" = ${organizationId} AND "sellerSnapshot" -> 'logo' ->> 'fileId' = ${fileId}
    LIMIT 1`;
  if (named.length > 0) return "kept";
  await createFileStorage(tx).delete(fileId);
  return "deleted";
}
