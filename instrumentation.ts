// Runs once when the server starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // Only the Node.js server has sockets (no Edge code runs here, but Next may compile for it).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The client address for rate limits and audit comes from X-Forwarded-For with this
  // process's socket peer appended (lib/security/client-address.ts).
  const { installPeerAddressStamp } = await import("./lib/security/peer-address");
  installPeerAddressStamp();
  // Request durations for GET /api/metrics, from Node's HTTP diagnostics channels.
  const { installHttpRequestMetrics } = await import("./lib/metrics/http-request-metrics");
  installHttpRequestMetrics();
  // Background work (emails, reminders, recurring invoices): the app works the job queue
  // unless JOB_WORKERS=off (lib/jobs/start-app-workers.ts). Not during `next build`.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { startAppWorkers } = await import("./lib/jobs/start-app-workers");
    void startAppWorkers();
  }
}
