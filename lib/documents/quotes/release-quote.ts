import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * For delete-draft, in its transaction, after deleting a draft: when the draft was the final
 * invoice of a quote (INVOICE with sourceQuoteId) and the quote is INVOICED with no other
 * invoice left, the quote goes back to ACCEPTED (the triggers allow it: only a return to
 * DRAFT is refused), so it can be invoiced again. Deposit invoices never moved the quote:
 * nothing to do for them. Returns the quote's id when it was released.
 */
export async function releaseQuoteOfDeletedDraft(
  tx: Prisma.TransactionClient,
  deleted: { organizationId: string; type: string; sourceQuoteId: string | null },
): Promise<string | null> {
  if (deleted.type !== "INVOICE" || !deleted.sourceQuoteId) return null;
  const { organizationId, sourceQuoteId } = deleted;
  const remaining = await tx.document.count({ where: { organizationId, sourceQuoteId, type: "INVOICE" } });
  if (remaining > 0) return null;
  const released = await tx.document.updateMany({
    where: { id: sourceQuoteId, organizationId, type: "QUOTE", status: "INVOICED" },
    data: { status: "ACCEPTED" },
  });
  return released.count === 1 ? sourceQuoteId : null;
}
