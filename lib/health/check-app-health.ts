import "server-only";
import { db } from "@/lib/db/prisma";
import { checkHealth, type HealthReport } from "./check-health";

/** Health of this process's own database (what GET /api/health reports). */
export function checkAppHealth(): Promise<HealthReport> {
  return checkHealth(db);
}
