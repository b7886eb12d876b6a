import { apiFileRoute } from "@/lib/api/v1/api-file-route";
import { documentPdfEndpoint } from "@/lib/api/v1/document-file-endpoints";
import { getDocumentPdf } from "@/lib/pdf/document-pdf";
import { pdfFileResponse } from "@/lib/pdf/pdf-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The members' PDF route's file and headers (ETag, ?download=1), for a token. */
export const GET = apiFileRoute(documentPdfEndpoint, async ({ caller, params, request }) => {
  const file = await getDocumentPdf(caller.member, params.id);
  // A draft changes with every save: never reuse a cached copy of it.
  return pdfFileResponse(file, request, file.draft ? "no-store" : "private, no-cache");
});
