import { AppError } from "@/lib/errors/app-error";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { vatTreatmentProblem, type VatCategory } from "@/lib/vat/vat-categories";
import type { ClientSnapshot, SellerSnapshot } from "./document-snapshots";

// What a document must state before it is issued, beyond the seller's legal identity
// (buildSnapshots): the French mandatory mentions that the e-invoicing reform made required,
// checked before a number is taken, so a refusal numbers nothing. Each problem names the field
// to fix, where it lives: "seller.*" in the organization's settings, "client.*" on the client,
// "lines.N.*" in the editor, "exchangeRate" in the issue dialog.

export type IssueProblem = { field: string; code: string };

export type ReadinessSource = {
  type: DocumentType;
  currency: string;
  exchangeRate: string | null;
  seller: Pick<SellerSnapshot, "vatRegime" | "vatNumber">;
  client: Pick<ClientSnapshot, "kind" | "siren" | "billingAddress">;
  lines: readonly {
    vatCategory: VatCategory;
    vatRateBps: number;
    vatExemptionCode: string | null;
    deductedDocumentId: string | null;
  }[];
  vatExempt: boolean;
};

const blank = (value: string | null | undefined) => value == null || value.trim() === "";

export function issueReadinessProblems(source: ReadinessSource): IssueProblem[] {
  const problems: IssueProblem[] = [];
  // A VAT-registered seller states its intra-EU VAT number (CGI art. 242 nonies A, BR-CO-9…).
  if (source.seller.vatRegime === "NORMAL" && blank(source.seller.vatNumber)) {
    problems.push({ field: "seller.vatNumber", code: "seller_vat_number_required" });
  }
  // The client's SIREN: a mandatory mention of invoices to French businesses since the reform
  // (décret 2022-1299), and the buyer's identifier of the e-invoice (BR-FR-11).
  // Monaco shares the French VAT territory but has no SIREN: only companies in France.
  const inFrance = (source.client.billingAddress.country ?? "FR").toUpperCase() === "FR";
  if (source.client.kind === "COMPANY" && inFrance && blank(source.client.siren)) {
    problems.push({ field: "client.siren", code: "client_siren_required" });
  }
  if (source.currency !== "EUR" && blank(source.exchangeRate)) {
    problems.push({ field: "exchangeRate", code: "exchange_rate_required" });
  }
  if (!source.vatExempt) {
    source.lines.forEach((line, index) => {
      if (line.deductedDocumentId !== null) return;
      const problem = vatTreatmentProblem({
        category: line.vatCategory,
        rateBps: line.vatRateBps,
        exemptionCode: line.vatExemptionCode,
      });
      if (problem) problems.push({ field: `lines.${index}.${problem.field}`, code: problem.code });
    });
  }
  return problems;
}

/** VALIDATION "document_not_ready": fieldErrors by field, `clientId` for the link to the client. */
export function documentNotReady(problems: readonly IssueProblem[], clientId: string): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of problems) (fieldErrors[problem.field] ??= []).push(problem.code);
  return new AppError("VALIDATION", "document_not_ready", "This document lacks what an invoice must state", {
    fieldErrors,
    clientId,
  });
}
