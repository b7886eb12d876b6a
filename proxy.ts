import { NextResponse, type NextRequest } from "next/server";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { getEnv } from "@/lib/env/env";
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
import { publicViewRetryAfter } from "@/lib/share-links/public-rate-limit";

// Every request: an id (or a trusted upstream one) so log lines of one request can be found
// together, echoed back for support. Every page: a Content-Security-Policy with a fresh nonce
// (Next.js reads it from the request's header and puts it on its scripts). HSTS when APP_URL
// is https. The other security headers are static, in next.config.mjs.
// A public page (/p/[token]) from an address over its rate limit is answered 429 here, before
// rendering: a page cannot set its own status.
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

  let response: NextResponse;
  const wait =
    (request.method === "GET" || request.method === "HEAD") && PUBLIC_PAGE.test(pathname)
      ? await publicViewRetryAfter(requestMetaFrom(request.headers))
      : 0;
  if (wait > 0) {
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

/** The public page's "too many requests" text, in the visitor's language, as a 429. */
function rateLimitedPage(request: NextRequest, seconds: number): NextResponse {
  const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const t = getMessages(locale).publicDocument;
  const title = escapeHtml(t.rateLimitedTitle);
  const body = escapeHtml(format(t.rateLimitedBody, { seconds }));
  const html = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${title}</title></head><body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #0f172a"><main id="main"><h1>${title}</h1><p role="alert">${body}</p></main></body></html>`;
  return new NextResponse(request.method === "HEAD" ? null : html, {
    status: 429,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(seconds),
      "cache-control": "private, no-store",
    },
  });
}

export const config = {
  // Static assets need no id.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
