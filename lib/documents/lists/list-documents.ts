import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "../calendar-date";
import { parseDocumentListQuery, type DocumentListKind } from "./document-list-query";
import { findDocumentPage, scopeOfList, type DocumentPage } from "./find-document-page";

// The quotes, invoices and credit notes lists of the acting organization: search, filters,
// sort and page from the URL (25 a page), with the totals of the whole filtered set.
// Statuses are computed for today in Paris (calendarDate).

export type { DocumentListRow, DocumentListTotals, DocumentPage } from "./find-document-page";

async function listDocuments(
  member: MemberContext,
  kind: Exclude<DocumentListKind, "client">,
  params: Record<string, unknown>,
): Promise<DocumentPage> {
  assertCan(member, "documents.read");
  return findDocumentPage(
    db,
    scopeOfList(member.organizationId, kind),
    parseDocumentListQuery(kind, params),
    calendarDate(),
  );
}

/** Quotes (devis). */
export function listQuotes(member: MemberContext, params: Record<string, unknown>): Promise<DocumentPage> {
  return listDocuments(member, "quotes", params);
}

/** Invoices and deposit invoices (factures, factures d'acompte). */
export function listInvoices(member: MemberContext, params: Record<string, unknown>): Promise<DocumentPage> {
  return listDocuments(member, "invoices", params);
}

/** Credit notes (avoirs). */
export function listCreditNotes(member: MemberContext, params: Record<string, unknown>): Promise<DocumentPage> {
  return listDocuments(member, "creditNotes", params);
}
