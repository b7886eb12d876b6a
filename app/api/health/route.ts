import { checkAppHealth } from "@/lib/health/check-app-health";
import { requestLogger } from "@/lib/log/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const report = await checkAppHealth();
  if (report.status !== "ok") {
    requestLogger(request.headers.get("x-request-id")).warn({ health: report }, "health check failed");
  }
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
