import { createHash, timingSafeEqual } from "node:crypto";

// Who may read GET /api/metrics: a scraper presenting METRICS_TOKEN as a bearer token.

/** "disabled": no token configured (the route does not exist); "denied": wrong or no credentials. */
export type MetricsAccess = "disabled" | "denied" | "granted";

const BEARER = /^Bearer +(\S+) *$/i;

export function metricsAccess(authorization: string | null, token: string | undefined): MetricsAccess {
  if (!token) return "disabled";
  const presented = BEARER.exec(authorization ?? "")?.[1] ?? "";
  // Compared as SHA-256 digests: equal lengths whatever was sent (timingSafeEqual needs them),
  // so the time taken tells neither a matching prefix nor the token's length.
  return timingSafeEqual(sha256(presented), sha256(token)) ? "granted" : "denied";
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}
