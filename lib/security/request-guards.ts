// Requests that Next.js would answer with a bare 500 (its server-action handler and router
// throw on them), recognised from the method, path and headers alone so that proxy.ts can
// answer a readable 4xx before anything runs. Pure functions: no Next.js, easy to test.

/**
 * The server-action body limit of next.config.mjs (experimental.serverActions.bodySizeLimit,
 * "2mb" = 2 MiB): tests/unit/security/request-guards.test.ts keeps the two equal. Logos are
 * refused above 1 MB with a field message by the action itself, so the limit leaves room.
 */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

type RequestFacts = { method: string; pathname: string; headers: Headers };

/**
 * A POST that Next.js treats as a possible server action: any POST to a page (not /api/)
 * with the action header or a form body — exactly the requests its action handler checks.
 */
export function isPossibleServerAction({ method, pathname, headers }: RequestFacts): boolean {
  if (method !== "POST" || pathname.startsWith("/api/")) return false;
  if (headers.has("next-action")) return true;
  const type = headers.get("content-type") ?? "";
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/**
 * True when a server action comes from another site: its Origin's host differs from the host
 * it was sent to (X-Forwarded-Host, else Host — the comparison Next.js makes, which throws).
 * No Origin header (old clients, curl) is let through, as Next.js does.
 */
export function isCrossOriginAction(request: RequestFacts): boolean {
  if (!isPossibleServerAction(request)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file://) or garbage: not this site.
  }
  return !host || originHost.toLowerCase() !== host.split(",")[0]!.trim().toLowerCase();
}

/** True when a server action announces a body over the limit (Next.js would throw on it). */
export function isOversizedAction(request: RequestFacts): boolean {
  if (!isPossibleServerAction(request)) return false;
  const length = Number(request.headers.get("content-length"));
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES;
}

/** True when a path has percent-escapes that do not decode to UTF-8 (e.g. /p/%C0%AE). */
export function hasMalformedEncoding(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
