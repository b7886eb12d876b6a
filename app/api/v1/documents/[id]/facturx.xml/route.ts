import { apiFileRoute } from "@/lib/api/v1/api-file-route";
import { documentFacturxEndpoint } from "@/lib/api/v1/document-file-endpoints";
import { getDocumentFacturxXml } from "@/lib/pdf/document-pdf";
import { xmlFileResponse } from "@/lib/pdf/pdf-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiFileRoute(documentFacturxEndpoint, async ({ caller, params, request }) =>
  xmlFileResponse(await getDocumentFacturxXml(caller.member, params.id), request, {
    "Cache-Control": "private, no-cache",
  }),
);
