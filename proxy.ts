import { NextResponse, type NextRequest } from "next/server";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { getEnv } from "@/lib/env/env";
import { problemJson } from "@/lib/errors/problem";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/get-messages";
import { resolveLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "./app/_shared/request-locale";
import {
  contentSecurityPolicy,
  createNonce,
  framingFor,
  NONCE_HEADER,
  strictTransportSecurity,
} from "@/lib/security/content-security-policy";
import {
  ACTION_BODY_LIMIT_BYTES,
  hasMalformedEncoding,
  isCrossOriginAction,
  isOversizedAction,
} from "@/lib/security/request-guards";
import { publicViewRetryAfter } from "@/lib/share-links/public-rate-limit";

// Every request: an id (or a trusted upstream one) so log lines of one request can be found
// together, echoed back for support. Every page: a Content-Security-Policy with a fresh nonce
// (Next.js reads it from the request's header and puts it on its scripts). HSTS when APP_URL
// is https. The other security headers are static, in next.config.mjs.
// A public page (/p/[token]) from an address over its rate limit is answered 429 here, before
// rendering: a page cannot set its own status. So are the requests Next.js itself would answer
// with a bare 500 (lib/security/request-guards.ts): bad percent-encoding, cross-site or
// oversized server actions.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;
const PUBLIC_PAGE = /^\/p\/[^/]+\/?$/;

export async function proxy(request: NextRequest) {
  const env = getEnv();
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const { pathname } = request.nextUrl;
  const isPage = !pathname.startsWith("/api/");
  const nonce = createNonce();
  const csp = contentSecurityPolicy({
    nonce,
    development: env.NODE_ENV === "development",
    framing: framingFor(pathname),
    https: env.APP_URL.startsWith("https://"),
  });

  let response: Response;
  const refusal = refusedRequest(request);
  const wait =
    !refusal && (request.method === "GET" || request.method === "HEAD") && PUBLIC_PAGE.test(pathname)
      ? await publicViewRetryAfter(requestMetaFrom(request.headers))
      : 0;
  if (refusal) {
    response = refusal;
  } else if (wait > 0) {
    response = rateLimitedPage(request, wait);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-request-id", requestId);
    requestHeaders.delete(NONCE_HEADER);
    if (isPage) {
      requestHeaders.set("content-security-policy", csp);
      requestHeaders.set(NONCE_HEADER, nonce);
    }
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("x-request-id", requestId);
  if (isPage) response.headers.set("content-security-policy", csp);
  const hsts = strictTransportSecurity(env.APP_URL);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function localeOf(request: NextRequest) {
  return resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
}

/** A small self-contained page (no script, no stylesheet: it passes any CSP) for a refusal. */
function plainPage(
  request: NextRequest,
  status: number,
  text: { title: string; body: string; home?: string },
  headers: Record<string, string> = {},
): NextResponse {
  const locale = localeOf(request);
  const title = escapeHtml(text.title);
  const home = text.home ? `<p><a href="/">${escapeHtml(text.home)}</a></p>` : "";
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${title}</title></head><body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #0f172a"><main id="main"><h1>${title}</h1><p role="alert">${escapeHtml(text.body)}</p>${home}</main></body></html>`;
  return new NextResponse(request.method === "HEAD" ? null : html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store", ...headers },
  });
}

/** The public page's "too many requests" text, in the visitor's language, as a 429. */
function rateLimitedPage(request: NextRequest, seconds: number): NextResponse {
  const t = getMessages(localeOf(request)).publicDocument;
  return plainPage(
    request,
    429,
    { title: t.rateLimitedTitle, body: format(t.rateLimitedBody, { seconds }) },
    { "retry-after": String(seconds) },
  );
}

/**
 * Requests Next.js would answer with a bare 500, answered here with a readable 4xx:
 * a path whose percent-escapes are not UTF-8 (400), a server action from another site (403),
 * a server action over the body limit (413: e.g. a 3 MB logo posted without JavaScript).
 */
function refusedRequest(request: NextRequest): Response | null {
  const facts = { method: request.method, pathname: request.nextUrl.pathname, headers: request.headers };
  const t = getMessages(localeOf(request)).requestErrors;
  const api = facts.pathname.startsWith("/api/");
  if (hasMalformedEncoding(facts.pathname)) {
    return api
      ? problemJson(400, "bad_request_path", t.badAddressBody)
      : plainPage(request, 400, { title: t.badAddressTitle, body: t.badAddressBody, home: t.backHome });
  }
  if (isCrossOriginAction(facts)) {
    return plainPage(request, 403, { title: t.crossOriginTitle, body: t.crossOriginBody, home: t.backHome });
  }
  if (isOversizedAction(facts)) {
    const limit = String(ACTION_BODY_LIMIT_BYTES / 1024 / 1024);
    return plainPage(request, 413, { title: t.tooLargeTitle, body: format(t.tooLargeBody, { limit }) });
  }
  return null;
}

export const config = {
  // Static assets need no id.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
