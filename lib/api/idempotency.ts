import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiHttpError, invalidInput } from "./api-errors";

// Idempotency-Key on POST: the first request with a key (per token) is claimed by inserting
// its row — the unique (tokenId, key) index makes exactly one of concurrent requests win —
// and its response is stored for 24 h. A retry with the same request gets that response
// again; the same key with another request is 422; a retry while the first still runs is 409.

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_SHAPE = /^[\x21-\x7E]{1,255}$/;

export type IdempotencyClaim =
  { kind: "claimed"; id: string } | { kind: "replay"; status: number; body: string | null };

/** The request's key, or null without one; a key that is not 1–255 visible ASCII characters is refused. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (!KEY_SHAPE.test(key)) throw invalidInput({ "Idempotency-Key": ["idempotency_key_invalid"] });
  return key;
}

/** What makes two requests "the same": method, path with query, and the body as sent. */
export function requestHashOf(request: Request, rawBody: string): string {
  const url = new URL(request.url);
  return createHash("sha256").update(`${request.method} ${url.pathname}${url.search}\n${rawBody}`).digest("hex");
}

export async function claimIdempotencyKey(
  tokenId: string,
  key: string,
  requestHash: string,
  now = new Date(),
): Promise<IdempotencyClaim> {
  // Expired keys go first (their index entry would block the claim): the table stays a day deep.
  await db.apiIdempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
  try {
    const row = await db.apiIdempotencyKey.create({
      data: { tokenId, key, requestHash, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) },
      select: { id: true },
    });
    return { kind: "claimed", id: row.id };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const first = await db.apiIdempotencyKey.findUnique({ where: { tokenId_key: { tokenId, key } } });
  // Released (its request failed) between our insert and this read: the client may retry.
  if (!first || first.requestHash !== requestHash) {
    if (first) {
      throw new ApiHttpError(422, "idempotency_key_reused", "This Idempotency-Key was used for another request");
    }
    throw new ApiHttpError(409, "idempotency_key_in_progress", "A request with this Idempotency-Key is running");
  }
  if (first.status === null) {
    throw new ApiHttpError(409, "idempotency_key_in_progress", "A request with this Idempotency-Key is running");
  }
  return { kind: "replay", status: first.status, body: first.body };
}

/**
 * Stores the first response for replays, or releases the key when the request failed
 * unexpectedly (5xx: nothing is known to have happened, a retry should run again).
 */
export async function settleIdempotencyKey(id: string, response: Response): Promise<void> {
  if (response.status >= 500) {
    await db.apiIdempotencyKey.deleteMany({ where: { id } });
    return;
  }
  const body = response.status === 204 ? null : await response.clone().text();
  await db.apiIdempotencyKey.update({ where: { id }, data: { status: response.status, body } });
}

export function replayResponse(claim: { status: number; body: string | null }): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store", "Idempotency-Replayed": "true" };
  if (claim.body !== null) {
    headers["Content-Type"] = claim.status >= 400 ? "application/problem+json" : "application/json";
  }
  return new Response(claim.body, { status: claim.status, headers });
}
