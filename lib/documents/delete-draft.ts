import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { withDocumentDbErrors } from "./document-db-errors";
import { lockDraft } from "./lifecycle/lock-draft";
import { releaseQuoteOfDeletedDraft } from "./quotes/release-quote";

/**
 * Deletes a DRAFT of the acting organization and its lines (documents.write; audited
 * document.deleted). A draft was never numbered, so nothing is lost from a series. A document
 * that left DRAFT is kept (ten years for invoices): "document_frozen", refused by the
 * database too. Deleting the draft final invoice of a quote puts the quote back to ACCEPTED
 * (releaseQuoteOfDeletedDraft), so it can be invoiced again.
 */
export async function deleteDraft(member: MemberContext, documentId: string, meta: RequestMeta): Promise<void> {
  assertCan(member, "documents.write");
  const organizationId = member.organizationId;
  await withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const draft = await lockDraft(tx, organizationId, documentId, {
        type: true,
        status: true,
        clientId: true,
        sourceQuoteId: true,
        creditedInvoiceId: true,
        totalInclVatCents: true,
      });
      await tx.document.delete({ where: { id: documentId } });
      const releasedQuoteId = await releaseQuoteOfDeletedDraft(tx, { organizationId, ...draft });
      await recordAudit(tx, {
        action: "document.deleted",
        organizationId,
        actorId: member.userId,
        targetType: "Document",
        targetId: documentId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: {
          type: draft.type,
          clientId: draft.clientId,
          sourceQuoteId: draft.sourceQuoteId,
          creditedInvoiceId: draft.creditedInvoiceId,
          totalInclVatCents: draft.totalInclVatCents,
          ...(releasedQuoteId ? { releasedQuoteId } : {}),
        },
      });
    }),
  );
}
