import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The interactive API reference at /api/docs: Swagger UI's prebuilt bundle, served from our own
// origin (no CDN: offline machines, and a CSP that allows only 'self'), reading the document
// at /api/v1/openapi.json. "Try it out" calls the API on this origin with a pasted token.

const VENDOR_DIR = path.join(process.cwd(), "node_modules", "swagger-ui-dist");

// Our own start-up script: no inline script, so the page's CSP needs no nonce. validatorUrl:
// null keeps Swagger UI from asking validator.swagger.io for a badge.
const INIT_SCRIPT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#api-reference",
    deepLinking: true,
    validatorUrl: null,
    persistAuthorization: false,
    displayRequestDuration: true,
  });
});
`;

const ASSETS: Record<string, { type: string; file?: string }> = {
  "swagger-ui-bundle.js": { type: "text/javascript; charset=utf-8", file: "swagger-ui-bundle.js" },
  "swagger-ui.css": { type: "text/css; charset=utf-8", file: "swagger-ui.css" },
  "favicon-32x32.png": { type: "image/png", file: "favicon-32x32.png" },
  "init.js": { type: "text/javascript; charset=utf-8" },
};

/** What the page may load: only this origin; Swagger UI styles some elements inline. */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function apiDocsPage(): Response {
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Facturo API reference</title>
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="api-reference"><p>Loading the API reference… The OpenAPI document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": API_DOCS_CSP,
      "Cache-Control": "no-cache",
    },
  });
}

/** One of the page's files, or null for any other name (nothing else of node_modules is reachable). */
export async function apiDocsAsset(name: string): Promise<Response | null> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return null;
  const body = asset.file ? await readFile(path.join(VENDOR_DIR, asset.file)) : INIT_SCRIPT;
  return new Response(body, {
    headers: { "Content-Type": asset.type, "Cache-Control": "public, max-age=3600" },
  });
}
