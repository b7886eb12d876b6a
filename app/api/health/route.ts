import { headers } from "next/headers";
import { db } from "@/lib/db/prisma";
import { checkHealth } from "@/lib/health/check-health";
import { requestLogger } from "@/lib/log/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(db);
  const requestId = (await headers()).get("x-request-id");
  if (report.status !== "ok") requestLogger(requestId).warn({ health: report }, "health check failed");
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
