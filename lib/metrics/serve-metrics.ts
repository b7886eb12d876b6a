import "server-only";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getLogger } from "@/lib/log/logger";
import { metricsAccess } from "./metrics-access";
import { scrapeMetrics } from "./scrape-metrics";

// GET /metrics on a port of its own, for processes without the Next.js server: a worker
// process (`npm run worker -- --metrics-port N`) counts the emails it sends and times the jobs
// it works, and only it can tell. Same bearer token and format as GET /api/metrics.

export type MetricsServer = { port: number; close: () => Promise<void> };

export async function serveMetrics(options: { port: number; host?: string; token: string }): Promise<MetricsServer> {
  const server = http.createServer((request, response) => {
    void answer(request, response, options.token).catch((error: unknown) => {
      getLogger().error({ err: error }, "metrics: scrape failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper keeps its connection alive between scrapes: without this, close() would
        // wait for it to time out while the worker is stopping.
        server.closeAllConnections();
      }),
  };
}

async function answer(request: http.IncomingMessage, response: http.ServerResponse, token: string): Promise<void> {
  const path = (request.url ?? "").split("?", 1)[0];
  if (request.method !== "GET" || path !== "/metrics") {
    response.writeHead(404).end();
    return;
  }
  if (metricsAccess(request.headers.authorization ?? null, token) !== "granted") {
    const body = JSON.stringify({
      type: "about:blank",
      title: "A valid metrics token is required",
      status: 401,
      code: "invalid_metrics_token",
    });
    response
      .writeHead(401, { "Content-Type": "application/problem+json", "WWW-Authenticate": 'Bearer realm="metrics"' })
      .end(body);
    return;
  }
  const { contentType, body } = await scrapeMetrics();
  response.writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-store" }).end(body);
}
