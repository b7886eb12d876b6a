import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { convertToInvoiceEndpoint } from "@/lib/api/v1/documents-endpoints";
import { convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiRoute(convertToInvoiceEndpoint, async ({ caller, params, meta }) => {
  const converted = await convertQuoteToInvoice(caller.member, params.id, meta);
  return loadDocumentResource(caller.member, converted.documentId);
});
