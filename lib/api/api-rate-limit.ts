import "server-only";
import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";

// Per-token request limit of /api/v1 as a GCRA ("generic cell rate algorithm") on the token
// row: ApiToken.rateLimitTat is the theoretical arrival time of the next request; each call
// moves it one emission interval (a minute / the limit) forward, and a call that would push
// it more than a minute ahead is refused. One conditional UPDATE decides and records at once,
// so every process of the app shares the count, with no row per request. A refused call moves
// nothing: a client that keeps retrying gets through as soon as the window allows.

const PERIOD_MS = 60_000;

export async function enforceApiRateLimit(tokenId: string, now = Date.now()): Promise<void> {
  const interval = PERIOD_MS / getEnv().API_RATE_LIMIT_PER_MINUTE;
  // Epoch milliseconds throughout: the column is a timestamp without time zone holding UTC.
  const accepted = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ApiToken"
    SET "rateLimitTat" = to_timestamp(
      (GREATEST(COALESCE(EXTRACT(EPOCH FROM "rateLimitTat")::double precision * 1000, 0), ${now}::double precision)
        + ${interval}::double precision) / 1000
    ) AT TIME ZONE 'UTC'
    WHERE "id" = ${tokenId}
      AND GREATEST(COALESCE(EXTRACT(EPOCH FROM "rateLimitTat")::double precision * 1000, 0), ${now}::double precision)
        + ${interval}::double precision - ${now}::double precision <= ${PERIOD_MS}::double precision
    RETURNING "id"`;
  if (accepted.length > 0) return;
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { rateLimitTat: true } });
  const tat = Math.max(token?.rateLimitTat?.getTime() ?? now, now);
  const waitMs = tat + interval - PERIOD_MS - now;
  throw new AppError("RATE_LIMITED", "rate_limited", "Too many requests for this token: retry later", {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}
