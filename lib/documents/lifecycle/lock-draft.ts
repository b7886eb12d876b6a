import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { documentFrozen, documentNotFound } from "../document-errors";
import { lockDocument } from "./lock-document";

/**
 * Locks a DRAFT of the organization for the caller's transaction and reads it (`select`):
 * what every change of a draft's content starts with (update, delete, issue). NOT_FOUND for
 * any other organization's id; "document_frozen" once it left DRAFT.
 */
export async function lockDraft<Select extends Prisma.DocumentSelect & { status: true }>(
  tx: Prisma.TransactionClient,
  organizationId: string,
  documentId: string,
  select: Select,
): Promise<Prisma.DocumentGetPayload<{ select: Select }>> {
  if (!(await lockDocument(tx, organizationId, documentId))) throw documentNotFound();
  const draft = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select });
  const { status } = draft as { status: DocumentStatus };
  if (status !== "DRAFT") throw documentFrozen(status);
  return draft as Prisma.DocumentGetPayload<{ select: Select }>;
}
