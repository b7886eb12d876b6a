import { apiRoute } from "@/lib/api/api-route";
import { pageAnswer, pageWindowOf } from "@/lib/api/pagination";
import { listDocumentsWindow, loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { draftInputOf, toDocumentListItem, withApiFieldNames } from "@/lib/api/v1/document-resources";
import { createDocumentEndpoint, listDocumentsEndpoint } from "@/lib/api/v1/documents-endpoints";
import { createDraft } from "@/lib/documents/create-draft";
import { centsToDecimalString } from "@/lib/money/format-money";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listDocumentsEndpoint, async ({ caller, query }) => {
  const { limit, cursor, minTotalCents, maxTotalCents, ...rest } = query;
  const window = pageWindowOf({ limit, cursor });
  // The lists' URL parameters: amounts as typed money, every other value as is.
  const filters: Record<string, string> = Object.fromEntries(
    Object.entries(rest).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  if (minTotalCents !== undefined) filters.min = centsToDecimalString(minTotalCents);
  if (maxTotalCents !== undefined) filters.max = centsToDecimalString(maxTotalCents);
  const page = await listDocumentsWindow(caller.member, filters, window);
  return pageAnswer(page, window, toDocumentListItem);
});

export const POST = apiRoute(createDocumentEndpoint, async ({ caller, body, meta }) => {
  const { type, ...content } = body;
  const saved = await withApiFieldNames(() => createDraft(caller.member, type, draftInputOf(content), meta));
  return loadDocumentResource(caller.member, saved.id);
});
