import { requestMetaFrom } from "@/lib/auth/request-meta";
import { logoVersion } from "@/lib/documents/snapshot-logo";
import { openSharedLogo } from "@/lib/share-links/public-logo";
import { PUBLIC_FILE_HEADERS, publicRouteFailure } from "@/lib/share-links/public-route-failure";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/public/[token]/logo — the seller's logo shown on the public page of a shared
// document, no login. The page links to ?v=<content version>: that URL always means these
// bytes, so the browser may keep it; errors as the link's PDF (404 for every unusable link, 429).

export async function GET(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  try {
    const logo = await openSharedLogo(token, requestMetaFrom(request.headers));
    const etag = `"${logo.sha256}"`;
    const pinned = new URL(request.url).searchParams.get("v") === logoVersion(logo.sha256);
    const headers = {
      ...PUBLIC_FILE_HEADERS,
      "Cache-Control": pinned ? "private, max-age=31536000, immutable" : "private, no-cache",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(logo.data), {
      status: 200,
      headers: { ...headers, "Content-Type": logo.contentType, "Content-Length": String(logo.byteSize) },
    });
  } catch (error) {
    return publicRouteFailure(error, request, "logo");
  }
}
