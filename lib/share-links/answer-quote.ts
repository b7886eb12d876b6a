import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { applyQuoteAnswer } from "@/lib/documents/quotes/answer-quote";
import { quoteExpired } from "@/lib/documents/quotes/quote-errors";
import { quoteDisplayStatus, quoteState, quoteStateSelect } from "@/lib/documents/quotes/quote-state";
import { withDocumentDbErrors } from "@/lib/documents/document-db-errors";
import { isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { QuoteDecision } from "@/lib/generated/prisma/enums";
import { getLogger } from "@/lib/log/logger";
import { loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { notifyQuoteAnswered } from "./notify-quote-answered";
import { checkPublicRateLimit } from "./public-rate-limit";
import { quoteAnswerInput } from "./quote-answer-schema";
import { resolveShareLink } from "./resolve-share-link";
import { publicLinkUnusable, quoteAlreadyAnswered } from "./share-link-errors";

/**
 * A first, unlocked look (the transaction checks again under the row lock): a quote that can
 * no longer be answered is refused before its PDF is read or rendered.
 */
async function assertAnswerable(organizationId: string, documentId: string): Promise<void> {
  const quote = await db.document.findFirst({
    where: { id: documentId, organizationId, type: "QUOTE" },
    select: quoteStateSelect,
  });
  if (!quote) throw publicLinkUnusable();
  const status = quoteDisplayStatus(quote);
  if (status === "EXPIRED") throw quoteExpired(quoteState(quote).validUntil);
  if (status !== "SENT") throw quoteAlreadyAnswered(status);
}

export type QuoteAnswerResult = { decision: QuoteDecision; signerName: string | null; answeredAt: Date };

/**
 * The client's answer through a public link: "bon pour accord" (name, terms ticked, optional
 * drawn signature) or a refusal with a reason.
 *
 * Rate-limited per address; the link must resolve (else the same "public_link_unusable" as a
 * 404) and open a quote; the input is checked by quoteAnswerInput (VALIDATION with field
 * errors, nothing written). Then, in one transaction with the quote's row locked, the shared
 * transition (applyQuoteAnswer: SENT and still valid, else "quote_already_answered" or
 * "quote_expired"; audited with no actor and the link's id) and the evidence: a write-once
 * QuoteResponse naming the SHA-256 of the stored PDF the client was shown, their IP and user
 * agent. The organization's owners and admins are emailed afterwards (a failed email is
 * logged, the answer stands).
 */
export async function answerQuote(token: string, rawInput: unknown, meta: RequestMeta): Promise<QuoteAnswerResult> {
  await checkPublicRateLimit("answer", meta);
  const link = await resolveShareLink(token);
  if (!link || link.documentType !== "QUOTE") throw publicLinkUnusable();
  const input = parseInput(quoteAnswerInput, rawInput);
  await assertAnswerable(link.organizationId, link.documentId);
  // The stored PDF (write-once): exactly the document the client was shown.
  const pdf = await loadDocumentPdf(link.organizationId, link.documentId);

  const response = await withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      try {
        await applyQuoteAnswer(tx, link.organizationId, link.documentId, input.decision, {
          actorId: null,
          meta,
          metadata: { shareLinkId: link.linkId, via: "share_link" },
        });
      } catch (error) {
        if (isAppError(error) && error.code === "quote_not_sent") {
          const status = typeof error.details.status === "string" ? error.details.status : null;
          throw quoteAlreadyAnswered(status);
        }
        throw error;
      }
      return tx.quoteResponse.create({
        data: {
          organizationId: link.organizationId,
          documentId: link.documentId,
          shareLinkId: link.linkId,
          decision: input.decision,
          signerName: input.decision === "ACCEPTED" ? input.signerName : null,
          termsAccepted: input.decision === "ACCEPTED",
          signaturePng: input.decision === "ACCEPTED" && input.signature ? new Uint8Array(input.signature) : null,
          reason: input.decision === "DECLINED" ? input.reason : null,
          pdfSha256: pdf.sha256,
          ip: meta.ip?.slice(0, 64) ?? null,
          userAgent: meta.userAgent?.slice(0, 512) ?? null,
        },
        select: { decision: true, signerName: true, reason: true, createdAt: true },
      });
    }),
  );

  try {
    await notifyQuoteAnswered({
      organizationId: link.organizationId,
      documentId: link.documentId,
      decision: response.decision,
      signerName: response.signerName,
      reason: response.reason,
    });
  } catch (error) {
    getLogger().error({ err: error, documentId: link.documentId }, "quote answered: notifying the organization failed");
  }
  return { decision: response.decision, signerName: response.signerName, answeredAt: response.createdAt };
}
