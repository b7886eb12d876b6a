import "server-only";
import { pruneEvents, recordEvent, retryAfterSeconds } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";

// Per-token request limit of /api/v1, a sliding minute counted in RateLimitEvent rows: every
// process of the app sees the same count. A refused request is not counted, so a client
// that keeps retrying is let through as soon as the window allows.

const WINDOW_MS = 60_000;

export async function enforceApiRateLimit(tokenId: string, now = new Date()): Promise<void> {
  const rule = { key: `api:token:${tokenId}`, limit: getEnv().API_RATE_LIMIT_PER_MINUTE, windowMs: WINDOW_MS };
  const wait = await retryAfterSeconds(db, rule, now);
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", "rate_limited", "Too many requests for this token: retry later", {
      retryAfterSeconds: wait,
    });
  }
  await recordEvent(db, rule.key, now);
  if (Math.random() < 0.01) await pruneEvents(db, now);
}
