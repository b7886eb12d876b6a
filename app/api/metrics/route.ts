import { notFound } from "next/navigation";
import { getEnv } from "@/lib/env/env";
import { problemJson } from "@/lib/errors/problem";
import { metricsAccess } from "@/lib/metrics/metrics-access";
import { scrapeMetrics } from "@/lib/metrics/scrape-metrics";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Prometheus scrape target. Without METRICS_TOKEN the route answers Next's own 404, as if it
// did not exist.
export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get("authorization"), getEnv().METRICS_TOKEN);
  if (access === "disabled") notFound();
  if (access === "denied") {
    return problemJson(401, "invalid_metrics_token", "A valid metrics token is required", {
      "WWW-Authenticate": 'Bearer realm="metrics"',
    });
  }
  const { contentType, body } = await scrapeMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
