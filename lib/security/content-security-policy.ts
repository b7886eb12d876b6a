// The Content-Security-Policy of every page and the headers that go with it, built per request
// by proxy.ts (a fresh nonce each time; Next.js reads the nonce from the request's CSP header
// and puts it on its own scripts, so pages must render dynamically — the root layout reads the
// request's locale, which makes every page dynamic).

export type CspOptions = {
  nonce: string;
  /** `next dev` evaluates code for hot reloading and its overlay injects styles. */
  development: boolean;
  /** Who may frame the response: nobody (as X-Frame-Options DENY) or this origin only. */
  framing: "none" | "self";
  /** The app is served over https (APP_URL): upgrade stray http subresources. */
  https: boolean;
};

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development, framing, https }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Scripts only by nonce; 'strict-dynamic' trusts the chunks Next's nonced scripts load
    // ('self' is ignored by browsers that know 'strict-dynamic', kept for older ones).
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Stylesheets are files ('self'); 'unsafe-inline' because sonner (the toasts) injects its
    // <style> element at run time without a nonce. Styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    // The organization's logo (served by the app or previewed as data:/blob: before upload)
    // and the signature pad's drawing.
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // The PDF preview frames /api/documents/:id/pdf.
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", framing === "self" ? "'self'" : "'none'"],
    ...(https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Same framing rule as next.config.mjs's X-Frame-Options: only the PDF preview route is frameable. */
export function framingFor(pathname: string): "none" | "self" {
  return /^\/api\/documents\/[^/]+\/pdf\/?$/.test(pathname) ? "self" : "none";
}

/** HSTS for two years when the public URL is https; nothing for http (development, tests). */
export function strictTransportSecurity(appUrl: string): string | null {
  return appUrl.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/** Request header through which proxy.ts hands the nonce to the root layout. */
export const NONCE_HEADER = "x-nonce";

/**
 * Inline script (nonced, in the root layout's <head>, before any bundle): zod 4 probes for
 * eval (`Function("")`) when its first object schema is built, which this policy blocks and the
 * browser reports as a violation (zod then falls back). Its global config lives on globalThis,
 * so setting `jitless` first skips the probe; the server keeps its compiled parsers.
 */
export const ZOD_JITLESS_SCRIPT = "(globalThis.__zod_globalConfig??={}).jitless=true;";
