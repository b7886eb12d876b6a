// The route label of a request: its path with every id, token and number collapsed to ":id",
// so that /invoices/cmf3k…/edit and /invoices/cmf9x…/edit are one series. Never the raw URL:
// each distinct label value is a new time series kept by Prometheus.

const MAX_SEGMENTS = 6;
// A path segment our routes name by hand: lowercase words, dots and dashes (facturx.xml,
// aged-receivables). An API version keeps its number.
const WORD = /^[a-z][a-z._-]*$/;
const VERSION = /^v\d{1,2}$/;
// Longer than any segment we name (the longest, "aged-receivables", has 16 characters).
const MAX_WORD_LENGTH = 24;

/** "/invoices/cmf3k2…/edit?tab=x" → "/invoices/:id/edit". */
export function routeTemplate(url: string): string {
  const path = pathOf(url);
  if (path === null) return "invalid";
  if (path === "/_next/static" || path.startsWith("/_next/static/")) return "/_next/static/*";
  const segments = path.split("/").filter((segment) => segment !== "");
  const kept = segments.slice(0, MAX_SEGMENTS).map(collapseSegment);
  const rest = segments.length > MAX_SEGMENTS ? "/*" : "";
  return `/${kept.join("/")}${rest}`;
}

function collapseSegment(segment: string): string {
  if (segment === "_next" || VERSION.test(segment)) return segment;
  if (segment.length <= MAX_WORD_LENGTH && WORD.test(segment)) return segment;
  // Digits (ids, document numbers, dates), capitals (cuids are lowercase, but tokens are
  // base64url), percent-encoding, anything unusual: a value, not a route name.
  return ":id";
}

/** The path of a request target: origin-form "/a?b", or absolute-form "http://host/a". */
function pathOf(url: string): string | null {
  if (url.startsWith("/")) return url.split(/[?#]/, 1)[0] ?? "/";
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).pathname;
    } catch {
      return null;
    }
  }
  return null;
}

export const UNMATCHED_ROUTE = "unmatched";

/**
 * Which templates may become labels. A template is admitted the first time a request to it
 * answers 2xx — the route exists; until then (scanners probing /wp-login.php, /.env…, which
 * get 404s) its requests count under "unmatched". At most `max` templates per process, so
 * even a route that answers 200 to anything cannot grow the series without bound.
 */
export class RouteLabels {
  private readonly admitted = new Set<string>(["/_next/static/*"]);

  constructor(private readonly max = 300) {}

  label(template: string, status: number): string {
    if (this.admitted.has(template)) return template;
    if (status >= 200 && status < 300 && this.admitted.size < this.max) {
      this.admitted.add(template);
      return template;
    }
    return UNMATCHED_ROUTE;
  }
}
