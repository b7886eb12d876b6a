import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDate, calendarFromDate } from "../calendar-date";
import { allowsAction } from "../document-rules";
import { PAYABLE_TYPES } from "../document-status";
import { statusFieldsSelect, statusOfRow } from "../document-view-fields";
import {
  asNewLine,
  assertLinesVat,
  draftContentData,
  linesOfInput,
  sourceContentSelect,
  totalsOfContent,
  type NewLine,
} from "../draft-content";
import { generatedLineText } from "../lifecycle/generated-lines";
import { lockDocument } from "../lifecycle/lock-document";
import { lineVatCategory } from "../totals/compute-totals";
import { allocate } from "../totals/rounding";
import type { VatCategory } from "@/lib/vat/vat-categories";
import { withDocumentDbErrors } from "../document-db-errors";
import { creditExceedsInvoice, creditNoteEmpty, creditNoteTargetNotIssued } from "../document-errors";
import { creditedInvoiceNotFound } from "./credit-note-errors";
import { creditNoteInput, type CreditNoteInput } from "./credit-note-schema";

const invoiceSelect = {
  ...statusFieldsSelect,
  id: true,
  number: true,
  issueDate: true,
  ...sourceContentSelect,
} as const satisfies Prisma.DocumentSelect;

type Invoice = Prisma.DocumentGetPayload<{ select: typeof invoiceSelect }>;

type CreditNoteContent = {
  pricesIncludeVat: boolean;
  discountKind: Invoice["discountKind"];
  discountValue: number | null;
  lines: NewLine[];
};

/**
 * The VAT category of a credit note line typed at `rate` without one: the category and reason
 * the invoice has at that rate (a credit note reverses what the invoice stated), else the
 * rule's fallback (S above 0 %, E at 0 % — then refused without a reason).
 */
function vatOfRate(invoice: Invoice, rate: number): { vatCategory: VatCategory; vatExemptionCode: string | null } {
  const same = invoice.lines.find((line) => line.vatRateBps === rate && line.deductedDocumentId === null);
  if (same) return { vatCategory: same.vatCategory, vatExemptionCode: same.vatExemptionCode };
  return { vatCategory: lineVatCategory({ vatRateBps: rate }), vatExemptionCode: null };
}

/** The lines, once assertLinesVat (the editor's check of categories and reasons) accepts them. */
function checkedLinesVat(lines: NewLine[]): NewLine[] {
  assertLinesVat(lines);
  return lines;
}

function contentOf(invoice: Invoice, input: CreditNoteInput): CreditNoteContent {
  if (input.mode === "FULL") {
    return {
      pricesIncludeVat: invoice.pricesIncludeVat,
      discountKind: invoice.discountKind,
      discountValue: invoice.discountValue,
      // The invoice as it is, a final invoice's deposit deductions included: they keep their
      // deductedDocumentId, so saving the draft from the editor keeps them too (updateDraft
      // appends such lines; documentInput would refuse their negative prices).
      lines: invoice.lines.map(asNewLine),
    };
  }
  if (input.mode === "LINES") {
    return {
      pricesIncludeVat: invoice.pricesIncludeVat,
      discountKind: null,
      discountValue: null,
      // Lines typed in the credit note dialog without a category follow the invoice's at their rate.
      lines: checkedLinesVat(
        linesOfInput(input.lines).map((line, index) =>
          input.lines[index]!.vatCategory !== null ? line : { ...line, ...vatOfRate(invoice, line.vatRateBps) },
        ),
      ),
    };
  }
  // AMOUNT: one line per VAT rate of the invoice, in prices incl. VAT so the total is exact.
  const rates = totalsOfContent(invoice).byRate;
  const parts = allocate(
    BigInt(input.amount),
    rates.map((rate) => BigInt(Math.max(0, rate.totalCents))),
  );
  return {
    pricesIncludeVat: true,
    discountKind: null,
    discountValue: null,
    lines: rates.flatMap((rate, index) => {
      const cents = Number(parts[index]!);
      if (cents === 0) return [];
      return [
        {
          articleId: null,
          description: generatedLineText("creditAmount", invoice.language, {
            number: invoice.number,
            date: invoice.issueDate ? calendarFromDate(invoice.issueDate) : null,
            vatRateBps: rates.length > 1 ? rate.vatRateBps : null,
          }),
          quantityMilli: 1000,
          unit: "flat",
          unitPriceCents: cents,
          discountKind: null,
          discountValue: null,
          vatRateBps: rate.vatRateBps,
          vatCategory: rate.vatCategory,
          vatExemptionCode: rate.vatExemptionCode,
          kind: "SERVICE" as const,
          deductedDocumentId: null,
        },
      ];
    }),
  };
}

/** Articles named by given lines must be the organization's own. */
async function assertArticlesOfOrganization(tx: Prisma.TransactionClient, organizationId: string, lines: NewLine[]) {
  const ids = [...new Set(lines.map((line) => line.articleId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  const found = await tx.article.count({ where: { organizationId, id: { in: ids } } });
  if (found !== ids.length) {
    const fieldErrors: Record<string, string[]> = {};
    lines.forEach((line, index) => {
      if (line.articleId !== null) fieldErrors[`lines.${index}.articleId`] = ["article_not_found"];
    });
    throw new AppError("VALIDATION", "invalid_input", "Some fields are invalid", { fieldErrors });
  }
}

/**
 * A DRAFT credit note (avoir) of an ISSUED invoice or deposit invoice of the acting
 * organization (documents.write; audited document.created). It references the invoice
 * (creditedInvoiceId: its number and date are printed on the credit note), takes its client,
 * language and VAT regime, and gets its own number when issued (issueDocument).
 *
 * `rawInput`: { invoiceId, mode: "FULL" } (every line: issued, it makes the invoice
 * CANCELLED), { invoiceId, mode: "LINES", lines } or { invoiceId, mode: "AMOUNT", amount }
 * (see credit-note-schema.ts). Refuses "credit_exceeds_invoice" (details.remainingCents) when
 * its total is more than what earlier issued credit notes left of the invoice; issuing checks
 * again, and the database trigger refuses over-crediting whatever the path.
 */
export async function createCreditNote(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ documentId: string; totalInclVatCents: number; remainingCents: number }> {
  assertCan(member, "documents.write");
  const input = parseInput(creditNoteInput, rawInput);
  const organizationId = member.organizationId;

  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      if (!(await lockDocument(tx, organizationId, input.invoiceId))) throw creditedInvoiceNotFound();
      const invoice = await tx.document.findFirst({
        where: { id: input.invoiceId, organizationId, type: { in: [...PAYABLE_TYPES] } },
        select: invoiceSelect,
      });
      if (!invoice) throw creditedInvoiceNotFound();
      if (!allowsAction("createCreditNote", invoice.type, statusOfRow(invoice, calendarDate()))) {
        throw creditNoteTargetNotIssued();
      }

      const content = contentOf(invoice, input);
      await assertArticlesOfOrganization(tx, organizationId, content.lines);
      const data = draftContentData({ ...content, vatExempt: invoice.vatExempt }, content.lines);
      const negativeLine = data.totals.lines.findIndex((line) => line.netCents < 0);
      if (input.mode === "LINES" && negativeLine >= 0) {
        throw new AppError("VALIDATION", "invalid_input", "Some fields are invalid", {
          fieldErrors: { [`lines.${negativeLine}.discountValue`]: ["discount_exceeds_line"] },
        });
      }
      const total = data.totals.totalInclVatCents;
      if (total <= 0) throw creditNoteEmpty();
      const remaining = invoice.totalInclVatCents - invoice.creditedCents;
      if (total > remaining) throw creditExceedsInvoice(Math.max(0, remaining));

      const created = await tx.document.create({
        data: {
          organizationId,
          type: "CREDIT_NOTE",
          status: "DRAFT",
          clientId: invoice.clientId,
          creditedInvoiceId: invoice.id,
          currency: invoice.currency,
          language: invoice.language,
          vatExempt: invoice.vatExempt,
          supplyKind: invoice.supplyKind,
          purchaseOrderNumber: invoice.purchaseOrderNumber,
          deliveryAddress: invoice.deliveryAddress,
          pricesIncludeVat: content.pricesIncludeVat,
          discountKind: content.discountKind,
          discountValue: content.discountValue,
          createdById: member.userId,
          ...data.columns,
          lines: { create: data.lines },
        },
        select: { id: true, totalInclVatCents: true },
      });
      await recordAudit(tx, {
        action: "document.created",
        organizationId,
        actorId: member.userId,
        targetType: "Document",
        targetId: created.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: {
          type: "CREDIT_NOTE",
          creditedInvoiceId: invoice.id,
          creditedNumber: invoice.number,
          mode: input.mode,
          totalInclVatCents: created.totalInclVatCents,
        },
      });
      return { documentId: created.id, totalInclVatCents: created.totalInclVatCents, remainingCents: remaining };
    }),
  );
}
