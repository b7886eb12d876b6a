import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { withDocumentDbErrors } from "./document-db-errors";
import { documentTypeInvalid } from "./document-errors";
import { documentInput, type DocumentInput } from "./document-schema";
import { assertLinesVat, draftContent, linesOfInput } from "./draft-content";
import {
  assertArticlesOfOrganization,
  draftContext,
  draftFields,
  hasRawValue,
  vatContextOf,
  vatExemptOf,
} from "./draft-defaults";

/** Types a draft is created for from the editor. Credit notes come from an invoice (createCreditNote). */
export const DRAFT_TYPES = ["QUOTE", "INVOICE", "DEPOSIT_INVOICE"] as const satisfies readonly DocumentType[];
export type DraftType = (typeof DRAFT_TYPES)[number];

/** What a save returns: enough to go on editing (updatedAt is the next save's expectedUpdatedAt). */
export type SavedDraft = { id: string; type: DocumentType; updatedAt: string; totalInclVatCents: number };

export const savedDraftSelect = { id: true, type: true, updatedAt: true, totalInclVatCents: true } as const;

export function savedDraft(row: { id: string; type: DocumentType; updatedAt: Date; totalInclVatCents: number }) {
  return { ...row, updatedAt: row.updatedAt.toISOString() } satisfies SavedDraft;
}

/**
 * A new DRAFT quote, invoice or deposit invoice of the acting organization (documents.write;
 * audited document.created). `rawInput` is the editor's content (documentInput). The client
 * must be the organization's and not archived, articles of lines the organization's; blank
 * payment terms and language come from the client, then the settings, as do the VAT regime
 * (franchise → no VAT), the currency and a quote's validity. No number: it is given at issue
 * (or when a quote is sent). Totals are computed here, never taken from the input.
 */
export async function createDraft(
  member: MemberContext,
  type: DocumentType,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<SavedDraft> {
  assertCan(member, "documents.write");
  if (!(DRAFT_TYPES as readonly string[]).includes(type)) throw documentTypeInvalid(type);
  const input = parseInput(documentInput, rawInput);
  return withDocumentDbErrors(() =>
    db.$transaction((tx) =>
      createDraftInTransaction(tx, member, type, input, { languageGiven: hasRawValue(rawInput, "language") }, meta),
    ),
  );
}

/**
 * createDraft's work inside the caller's transaction, on content already parsed with
 * documentInput (`languageGiven`: the input named a language, else the client's or the
 * settings' applies): the recurring invoices create their draft in the transaction that claims
 * the period, so both commit or neither does.
 */
export async function createDraftInTransaction(
  tx: Prisma.TransactionClient,
  member: MemberContext,
  type: DocumentType,
  input: DocumentInput,
  options: { languageGiven: boolean },
  meta: RequestMeta,
): Promise<SavedDraft> {
  assertCan(member, "documents.write");
  if (!(DRAFT_TYPES as readonly string[]).includes(type)) throw documentTypeInvalid(type);
  const organizationId = member.organizationId;
  const context = await draftContext(tx, organizationId, input.clientId, { allowArchived: false });
  const lines = linesOfInput(input.lines, vatContextOf(context));
  assertLinesVat(lines);
  await assertArticlesOfOrganization(tx, organizationId, lines);
  const content = draftContent(lines, {
    discountKind: input.discount?.kind ?? null,
    discountValue: input.discount?.value ?? null,
    pricesIncludeVat: input.pricesIncludeVat,
    vatExempt: vatExemptOf(context.settings),
  });
  const created = await tx.document.create({
    data: {
      organizationId,
      type,
      status: "DRAFT",
      createdById: member.userId,
      ...draftFields(type, input, context, options),
      ...content.columns,
      lines: { create: content.lines },
    },
    select: savedDraftSelect,
  });
  await recordAudit(tx, {
    action: "document.created",
    organizationId,
    actorId: member.userId,
    targetType: "Document",
    targetId: created.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { type, clientId: input.clientId, totalInclVatCents: created.totalInclVatCents },
  });
  return savedDraft(created);
}
