import { requestMetaFrom } from "@/lib/auth/request-meta";
import { xmlFileResponse } from "@/lib/pdf/pdf-response";
import { openSharedFacturxXml } from "@/lib/share-links/public-facturx";
import { PUBLIC_FILE_HEADERS, publicRouteFailure } from "@/lib/share-links/public-route-failure";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/public/[token]/facturx.xml — the Factur-X XML of an invoice, deposit invoice or
// credit note shared by a public link, no login. Same answers as the link's PDF: one 404 for
// every unusable link (and for a quote, which has no XML), 429 with Retry-After.

export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  try {
    const file = await openSharedFacturxXml(token, requestMetaFrom(request.headers));
    return xmlFileResponse(file, request, { ...PUBLIC_FILE_HEADERS, "Cache-Control": "private, no-store" });
  } catch (error) {
    return publicRouteFailure(error, request, "XML");
  }
}
