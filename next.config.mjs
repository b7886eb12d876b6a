/** @type {import('next').NextConfig} */
const nextConfig = {
  // These load WebAssembly / native files relative to their own package at run time;
  // bundling them breaks path resolution (PGlite) or makes rendering far slower (react-pdf).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@react-pdf/renderer",
    "fontkit",
    "pino",
  ],
  // NEXT_DIST_DIR lets a second build (a benchmark, a parallel e2e run) live beside .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx (role-gated pages).
    authInterrupts: true,
    // Logo uploads are refused above 1 MB by lib/organization-settings with a field message;
    // the request limit leaves room for that file plus multipart overhead so the message shows.
    serverActions: { bodySizeLimit: "2mb" },
  },
  reactStrictMode: true,
  // Static security headers. The Content-Security-Policy (a nonce per request) and HSTS are
  // set by proxy.ts (lib/security/content-security-policy.ts), with the same framing rule as
  // X-Frame-Options below.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // Public share links: the token is in the URL, so no page or PDF may pass it on in a
      // Referer, and search engines must not keep them (listed after "/:path*": it wins).
      ...["/p/:path*", "/api/public/:path*"].map((source) => ({
        source,
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      })),
      {
        // The PDF preview next to the editor and on the document page frames this route
        // (same origin only); later entries override earlier ones for the same key.
        source: "/api/documents/:id/pdf",
        headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }],
      },
    ];
  },
};

export default nextConfig;
