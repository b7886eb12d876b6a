import { requestMetaFrom } from "@/lib/auth/request-meta";
import { isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log/logger";
import { openSharedPdf } from "@/lib/share-links/public-pdf";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/public/[token]/pdf — the PDF of a public share link, no login. Every unusable link
// (unknown, revoked, expired, disabled organization…) gets the same 404 problem; too many
// requests from one address get 429 with Retry-After.

const noStore = {
  "Cache-Control": "private, no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  try {
    const pdf = await openSharedPdf(token, requestMetaFrom(request.headers));
    const filename = pdf.filename.replace(/[^A-Za-z0-9._-]/g, "_");
    // The page's "Download" button asks for an attachment; a plain link opens in the viewer.
    const disposition = new URL(request.url).searchParams.get("download") === "1" ? "attachment" : "inline";
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        ...noStore,
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.bytes.length),
        "Content-Disposition": `${disposition}; filename="${filename}"`,
        ETag: `"${pdf.sha256}"`,
      },
    });
  } catch (error) {
    if (isAppError(error) && error.kind === "RATE_LIMITED") {
      const seconds = error.details.retryAfterSeconds ?? 60;
      return problem(429, { code: error.code, params: { seconds } }, { "Retry-After": String(seconds) });
    }
    if (isAppError(error) && error.kind === "NOT_FOUND") return problem(404, { code: "public_link_unusable" });
    requestLogger(request.headers.get("x-request-id")).error(
      { err: error },
      "unexpected error in the public PDF route",
    );
    return problem(500, { code: "generic" });
  }
}
