import "server-only";
import type { z } from "zod";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { getDocument } from "@/lib/documents/get-document";
import { parseDocumentListQuery } from "@/lib/documents/lists/document-list-query";
import { findDocumentPage, scopeOfList, type DocumentPage } from "@/lib/documents/lists/find-document-page";
import { listShareLinks } from "@/lib/share-links/list-share-links";
import type { PageWindow } from "../pagination";
import { toDocumentResource, type documentResource } from "./document-resources";

/** A document of the member's organization as the API shows it: the detail page's view and its links. */
export async function loadDocumentResource(
  member: MemberContext,
  documentId: string,
): Promise<z.input<typeof documentResource>> {
  const document = await getDocument(member, documentId);
  return toDocumentResource(document, await listShareLinks(member, document.id));
}

/**
 * Every type of document in one list: the lists' own query (findDocumentPage, the client
 * page's scope of all types) with the API's page window (1 to 100 where a URL allows 5 to 100).
 * `filters` are URL values (the list pages' parameters), already checked by the endpoint.
 */
export async function listDocumentsWindow(
  member: MemberContext,
  filters: Record<string, string>,
  window: PageWindow,
): Promise<DocumentPage> {
  assertCan(member, "documents.read");
  const query = { ...parseDocumentListQuery("client", filters), ...window };
  return findDocumentPage(db, scopeOfList(member.organizationId, "client"), query, calendarDate());
}
