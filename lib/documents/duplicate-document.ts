import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { addDays, calendarDate, dateFromCalendar } from "./calendar-date";
import { savedDraft, savedDraftSelect, type SavedDraft } from "./create-draft";
import { withDocumentDbErrors } from "./document-db-errors";
import { documentNotFound } from "./document-errors";
import { draftContent, lineContentSelect } from "./draft-content";
import { draftContext, vatExemptOf } from "./draft-defaults";

/**
 * The type of a duplicate. A credit note belongs to the invoice it credits: its copy is an
 * invoice with the same lines (re-billing what was cancelled); a deposit invoice's copy is a
 * deposit invoice no longer tied to the quote; the other types keep theirs.
 */
export function duplicateTypeOf(type: DocumentType): DocumentType {
  return type === "CREDIT_NOTE" ? "INVOICE" : type;
}

/**
 * A new DRAFT with the content of any document of the acting organization (documents.write;
 * audited document.duplicated on the source and document.created on the copy): client, title,
 * terms, language, notes, purchase order, delivery address, discount and lines (articles
 * included). Not copied: number, dates (issued today by default; a quote's validity runs from
 * today), snapshots, payments and links to a quote, an invoice or deposits — a final invoice's
 * deposit deductions are left out. VAT regime and currency are the organization's current
 * ones; totals are computed again. The client must still be active ("client_archived").
 */
export async function duplicateDocument(
  member: MemberContext,
  documentId: string,
  meta: RequestMeta,
): Promise<SavedDraft> {
  assertCan(member, "documents.write");
  const organizationId = member.organizationId;
  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const source = await tx.document.findFirst({
        where: { id: documentId, organizationId },
        select: {
          id: true,
          type: true,
          number: true,
          clientId: true,
          title: true,
          language: true,
          pricesIncludeVat: true,
          discountKind: true,
          discountValue: true,
          purchaseOrderNumber: true,
          deliveryAddress: true,
          paymentTermsDays: true,
          paymentTermsEndOfMonth: true,
          notes: true,
          lines: { where: { deductedDocumentId: null }, select: lineContentSelect, orderBy: { position: "asc" } },
        },
      });
      if (!source) throw documentNotFound();
      const type = duplicateTypeOf(source.type);
      const context = await draftContext(tx, organizationId, source.clientId, { allowArchived: false });
      const { settings } = context;
      const content = draftContent(source.lines, {
        discountKind: source.discountKind,
        discountValue: source.discountValue,
        pricesIncludeVat: source.pricesIncludeVat,
        vatExempt: vatExemptOf(settings),
      });
      const created = await tx.document.create({
        data: {
          organizationId,
          type,
          status: "DRAFT",
          createdById: member.userId,
          clientId: source.clientId,
          title: source.title,
          language: source.language,
          currency: settings.currency,
          purchaseOrderNumber: source.purchaseOrderNumber,
          deliveryAddress: source.deliveryAddress,
          paymentTermsDays: source.paymentTermsDays ?? settings.paymentTermsDays,
          paymentTermsEndOfMonth:
            source.paymentTermsDays !== null ? source.paymentTermsEndOfMonth : settings.paymentTermsEndOfMonth,
          notes: source.notes,
          validUntil: type === "QUOTE" ? dateFromCalendar(addDays(calendarDate(), settings.quoteValidityDays)) : null,
          ...content.columns,
          lines: { create: content.lines },
        },
        select: savedDraftSelect,
      });
      const audit = {
        organizationId,
        actorId: member.userId,
        targetType: "Document",
        ip: meta.ip,
        userAgent: meta.userAgent,
      };
      await recordAudit(tx, {
        ...audit,
        action: "document.duplicated",
        targetId: source.id,
        metadata: { copyId: created.id, type: source.type, number: source.number },
      });
      await recordAudit(tx, {
        ...audit,
        action: "document.created",
        targetId: created.id,
        metadata: {
          type,
          clientId: source.clientId,
          duplicateOf: source.id,
          totalInclVatCents: created.totalInclVatCents,
        },
      });
      return savedDraft(created);
    }),
  );
}
