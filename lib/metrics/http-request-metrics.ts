import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { appMetrics } from "./metrics-registry";
import { RouteLabels, routeTemplate } from "./route-template";

// Times every request this process's HTTP server answers — pages, route handlers, server
// actions, static files, Next's own 404s — from Node's own diagnostics channels (Node 20):
// http.server.request.start when the request arrives, http.server.response.finish when the
// last byte of the answer is handed to the socket. Nothing wraps Next.js's handler, so no
// route can be missed; a request whose client went away before the answer is not counted.
// Installed once per process by instrumentation.ts (register).

type ServerMessage = { request: IncomingMessage; response: ServerResponse };

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const INSTALLED = Symbol.for("facturo.httpRequestMetrics");

export function installHttpRequestMetrics(): void {
  const flags = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  // The URL as it arrived: Next.js rewrites request.url while it handles some requests.
  const started = new WeakMap<ServerResponse, { at: bigint; url: string }>();
  const labels = new RouteLabels();
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { request, response } = message as ServerMessage;
    started.set(response, { at: process.hrtime.bigint(), url: request.url ?? "" });
  });
  diagnosticsChannel.subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as ServerMessage;
    const start = started.get(response);
    if (!start) return;
    started.delete(response);
    const seconds = Number(process.hrtime.bigint() - start.at) / 1e9;
    const method = request.method ?? "";
    appMetrics().httpRequestDuration.observe(
      {
        method: METHODS.has(method) ? method : "other",
        route: labels.label(routeTemplate(start.url), response.statusCode),
        status: String(response.statusCode),
      },
      seconds,
    );
  });
}
