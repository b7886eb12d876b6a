import {
  documentListParams,
  paymentListParams,
  type DocumentListQuery,
  type PaymentListQuery,
} from "@/lib/documents/lists/document-list-query";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/errors/validation";
import type { DocumentExportKind } from "./document-list-table";
import { rowLimitProblem } from "./list-export-limits";
import { documentListExportSchemas, paymentListExportParams } from "./list-export-params";

// The download links of a list page: the export's URL with the query the page *shows* (parsed,
// so a value the page dropped is dropped from the file too), without page and pageSize (the
// file holds every page). And why the download is not offered, when the export would refuse it.

/** The URL segment of each document list's export: /api/exports/documents/<segment>. */
export const documentExportSegments: Record<DocumentExportKind, string> = {
  quotes: "quotes",
  invoices: "invoices",
  creditNotes: "credit-notes",
};

function withoutPaging(params: Record<string, string>): URLSearchParams {
  const search = new URLSearchParams(params);
  search.delete("page");
  search.delete("pageSize");
  return search;
}

function href(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function documentListExportHref(kind: DocumentExportKind, query: DocumentListQuery): string {
  return href(`/api/exports/documents/${documentExportSegments[kind]}`, withoutPaging(documentListParams(query)));
}

export function paymentListExportHref(query: PaymentListQuery): string {
  return href("/api/exports/payments", withoutPaging(paymentListParams(query)));
}

/**
 * The code the export would answer for what the page shows (e.g. "dates_reversed"), or null;
 * "xlsx_too_large" when only the CSV can hold the list.
 */
function problemOf(schema: z.ZodType, params: Record<string, string>, total: number): string | null {
  const parsed = schema.safeParse(params);
  if (!parsed.success) return Object.values(fieldErrorsOf(parsed.error))[0]?.[0] ?? "generic";
  return rowLimitProblem(total);
}

export function documentListExportProblem(kind: DocumentExportKind, query: DocumentListQuery, total: number) {
  return problemOf(documentListExportSchemas[kind], documentListParams(query), total);
}

export function paymentListExportProblem(query: PaymentListQuery, total: number) {
  return problemOf(paymentListExportParams, paymentListParams(query), total);
}
