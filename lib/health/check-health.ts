import packageJson from "@/package.json";

export type HealthReport = {
  status: "ok" | "error";
  version: string;
  time: string;
  database: { status: "ok"; latencyMs: number } | { status: "error"; reason: string };
};

/** Anything that can run `SELECT 1`: the Prisma client satisfies it. */
export type Pingable = { $queryRawUnsafe: (query: string) => Promise<unknown> };

const DEFAULT_TIMEOUT_MS = 3_000;

/**
 * A real database round trip, bounded in time: a health endpoint that hangs as long as
 * the database does is useless to a load balancer.
 */
export async function checkHealth(database: Pingable, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<HealthReport> {
  const started = performance.now();
  const base = { version: packageJson.version, time: new Date().toISOString() };
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([database.$queryRawUnsafe("SELECT 1"), timeout]);
    return { ...base, status: "ok", database: { status: "ok", latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    return { ...base, status: "error", database: { status: "error", reason: describeDatabaseError(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/** A short reason for operators, without connection strings or stack traces. */
export function describeDatabaseError(error: unknown): string {
  const codes = collectCodes(error);
  if (codes.includes("ECONNREFUSED")) return "database unreachable: connection refused";
  if (codes.includes("DatabaseNotReachable")) return "database unreachable";
  if (codes.includes("AuthenticationFailed")) return "database refused the credentials";
  if (codes.includes("DatabaseDoesNotExist")) return "database does not exist";
  if (codes.includes("ENOTFOUND") || codes.includes("EAI_AGAIN")) return "database unreachable: host not found";
  if (codes.includes("ETIMEDOUT")) return "database unreachable: connection timed out";
  if (codes.includes("28P01") || codes.includes("28000")) return "database refused the credentials";
  if (codes.includes("3D000")) return "database does not exist";
  if (error instanceof Error && error.message.startsWith("no answer within"))
    return `database did not answer: ${error.message}`;
  return "database query failed";
}

function collectCodes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 5) return [];
  const record = error as Record<string, unknown>;
  // Node socket errors carry `code`; Prisma driver adapter errors carry `kind`.
  const own = [record.code, record.errno, record.kind].filter((value): value is string => typeof value === "string");
  const text =
    typeof record.message === "string" ? (record.message.match(/\b(E[A-Z]{4,}|\d{2}P\d{2}|3D000|28000)\b/g) ?? []) : [];
  const meta = record.meta && typeof record.meta === "object" ? (record.meta as Record<string, unknown>) : {};
  const nested = [
    record.cause,
    meta.driverAdapterError,
    ...(Array.isArray(record.errors) ? record.errors : []),
  ].flatMap((inner) => collectCodes(inner, depth + 1));
  return [...own, ...text, ...nested];
}
