import "server-only";
import { refreshDatabaseGauges } from "./database-gauges";
import { appMetrics } from "./metrics-registry";

/** The process's metrics in Prometheus's text format, the database gauges read now. */
export async function scrapeMetrics(): Promise<{ contentType: string; body: string }> {
  const metrics = appMetrics();
  // Before serializing, so that a reading's failure is counted in this very scrape.
  await refreshDatabaseGauges(metrics);
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}
