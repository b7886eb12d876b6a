import "server-only";
import { z } from "zod";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { savedDraft, savedDraftSelect, type SavedDraft } from "./create-draft";
import { withDocumentDbErrors } from "./document-db-errors";
import { creditNoteClientFixed, documentChanged } from "./document-errors";
import { documentInput } from "./document-schema";
import { assertLinesVat, draftContent, lineContentSelect, linesOfInput, stickySupplyKind } from "./draft-content";
import {
  assertArticlesOfOrganization,
  draftContext,
  draftFields,
  hasRawValue,
  vatContextOf,
  vatExemptOf,
} from "./draft-defaults";
import { lockDraft } from "./lifecycle/lock-draft";

/** The version the editor loaded: its `updatedAt` (ISO string, as SavedDraft and DocumentDetail give it). */
const expectedVersionInput = z.object({
  expectedUpdatedAt: z
    .union([z.string(), z.date()], { error: "required" })
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), "required"),
});

/**
 * Saves the editor's content over a DRAFT of the acting organization (documents.write;
 * audited document.updated): every field and all lines are replaced, totals computed again.
 * `rawInput` is documentInput plus `expectedUpdatedAt`, the `updatedAt` the editor loaded:
 * when the draft changed since (another tab, another member), nothing is written and the
 * error is CONFLICT "document_changed" (details.updatedAt: the current version).
 *
 * Kept as they are: the type, the quote a document was made from, the invoice a credit note
 * credits (and so its client: "credit_note_client_fixed", its VAT regime and currency), and
 * a final invoice's deposit deduction lines (written by the quote conversion; appended after
 * the editor's lines).
 * A document that left DRAFT is refused ("document_frozen"; the database refuses it too).
 */
export async function updateDraft(
  member: MemberContext,
  documentId: string,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<SavedDraft> {
  assertCan(member, "documents.write");
  const input = parseInput(documentInput, rawInput);
  const { expectedUpdatedAt } = parseInput(expectedVersionInput, rawInput);
  const organizationId = member.organizationId;
  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const current = await lockDraft(tx, organizationId, documentId, {
        type: true,
        status: true,
        clientId: true,
        vatExempt: true,
        currency: true,
        supplyKind: true,
        sourceQuoteId: true,
        updatedAt: true,
        lines: {
          where: { deductedDocumentId: { not: null } },
          select: lineContentSelect,
          orderBy: { position: "asc" },
        },
      });
      if (current.updatedAt.getTime() !== expectedUpdatedAt.getTime()) {
        throw documentChanged(current.updatedAt.toISOString());
      }
      const isCreditNote = current.type === "CREDIT_NOTE";
      if (isCreditNote && input.clientId !== current.clientId) throw creditNoteClientFixed();

      const context = await draftContext(tx, organizationId, input.clientId, {
        allowArchived: input.clientId === current.clientId,
      });
      const vat = vatContextOf(context);
      // A credit note keeps the regime of the invoice it credits.
      if (isCreditNote) vat.vatRegime = current.vatExempt ? "FRANCHISE" : "NORMAL";
      const lines = [...linesOfInput(input.lines, vat), ...current.lines];
      assertLinesVat(lines);
      await assertArticlesOfOrganization(tx, organizationId, lines);
      const content = draftContent(lines, {
        discountKind: input.discount?.kind ?? null,
        discountValue: input.discount?.value ?? null,
        pricesIncludeVat: input.pricesIncludeVat,
        // A credit note keeps the regime of the invoice it credits.
        vatExempt: isCreditNote ? current.vatExempt : vatExemptOf(context.settings),
        supplyKind: stickySupplyKind(current),
      });

      await tx.documentLine.deleteMany({ where: { organizationId, documentId } });
      const updated = await tx.document.update({
        where: { id: documentId },
        data: {
          ...draftFields(current.type, input, context, { languageGiven: hasRawValue(rawInput, "language") }),
          // A credit note keeps the currency of the invoice it credits.
          ...(isCreditNote ? { currency: current.currency } : {}),
          ...content.columns,
        },
        select: savedDraftSelect,
      });
      await tx.documentLine.createMany({
        data: content.lines.map((line) => ({ ...line, organizationId, documentId })),
      });
      await recordAudit(tx, {
        action: "document.updated",
        organizationId,
        actorId: member.userId,
        targetType: "Document",
        targetId: documentId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { type: current.type, totalInclVatCents: updated.totalInclVatCents, lines: content.lines.length },
      });
      return savedDraft(updated);
    }),
  );
}
