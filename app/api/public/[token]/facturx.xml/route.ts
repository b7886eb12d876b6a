import { requestMetaFrom } from "@/lib/auth/request-meta";
import { isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log/logger";
import { xmlFileResponse } from "@/lib/pdf/pdf-response";
import { openSharedFacturxXml } from "@/lib/share-links/public-facturx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/public/[token]/facturx.xml — the Factur-X XML of an invoice, deposit invoice or
// credit note shared by a public link, no login. Same answers as the link's PDF: one 404 for
// every unusable link (and for a quote, which has no XML), 429 with Retry-After.

const noStore = {
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return Response.json(body, {
    status,
    headers: { ...noStore, "Content-Type": "application/problem+json", ...headers },
  });
}

export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  try {
    const file = await openSharedFacturxXml(token, requestMetaFrom(request.headers));
    return xmlFileResponse(file, request, noStore);
  } catch (error) {
    if (isAppError(error) && error.kind === "RATE_LIMITED") {
      const seconds = error.details.retryAfterSeconds ?? 60;
      return problem(429, { status: 429, code: error.code, params: { seconds } }, { "Retry-After": String(seconds) });
    }
    if (isAppError(error) && error.kind === "NOT_FOUND") {
      return problem(404, { status: 404, code: "public_link_unusable" });
    }
    requestLogger(request.headers.get("x-request-id")).error(
      { err: error },
      "unexpected error in the public XML route",
    );
    return problem(500, { status: 500, code: "generic" });
  }
}
