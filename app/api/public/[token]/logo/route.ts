import { requestMetaFrom } from "@/lib/auth/request-meta";
import { logoVersion } from "@/lib/documents/snapshot-logo";
import { isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log/logger";
import { openSharedLogo } from "@/lib/share-links/public-logo";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/public/[token]/logo — the seller's logo shown on the public page of a shared
// document, no login. The page links to ?v=<content version>: that URL always means these
// bytes, so the browser may keep it; errors as the link's PDF (404 for every unusable link, 429).

const base = {
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
  "X-Content-Type-Options": "nosniff",
};

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return Response.json(body, {
    status,
    headers: { ...base, "Cache-Control": "private, no-store", "Content-Type": "application/problem+json", ...headers },
  });
}

export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  try {
    const logo = await openSharedLogo(token, requestMetaFrom(request.headers));
    const etag = `"${logo.sha256}"`;
    const pinned = new URL(request.url).searchParams.get("v") === logoVersion(logo.sha256);
    const headers = {
      ...base,
      "Cache-Control": pinned ? "private, max-age=31536000, immutable" : "private, no-cache",
      ETag: etag,
      "Content-Security-Policy": "default-src 'none'; sandbox",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(logo.data), {
      status: 200,
      headers: { ...headers, "Content-Type": logo.contentType, "Content-Length": String(logo.byteSize) },
    });
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
      "unexpected error in the public logo route",
    );
    return problem(500, { status: 500, code: "generic" });
  }
}
