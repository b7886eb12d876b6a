import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { pruneEvents, recordEvent, retryAfterSeconds, type WindowRule } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/prisma";
import { publicRateLimited } from "./share-link-errors";

// The public pages need no login, so an address may only try so many tokens: every request
// to /p/… and /api/public/… counts, whether its token works or not (guessing is throttled
// exactly like reading). Answers to quotes have their own, tighter rule.

export const PUBLIC_VIEW_LIMIT = { limit: 60, windowMs: 60_000 };
export const PUBLIC_ANSWER_LIMIT = { limit: 10, windowMs: 15 * 60_000 };

export type PublicRequestKind = "view" | "answer";

function ruleFor(kind: PublicRequestKind, meta: RequestMeta): WindowRule {
  const address = meta.ip ?? "unknown";
  const limits = kind === "view" ? PUBLIC_VIEW_LIMIT : PUBLIC_ANSWER_LIMIT;
  return { key: `public-link:${kind}:${address}`, ...limits };
}

/**
 * Seconds the address must wait before its next public view, or 0 — without counting this
 * request. proxy.ts asks it before rendering /p/[token], to answer 429 with Retry-After (a
 * page cannot set its status); the page's own checkPublicRateLimit then counts the request.
 */
export async function publicViewRetryAfter(meta: RequestMeta): Promise<number> {
  return retryAfterSeconds(db, ruleFor("view", meta));
}

/**
 * Counts this request and refuses it (RATE_LIMITED "public_rate_limited", with
 * retryAfterSeconds) once the address is over the limit of the window.
 */
export async function checkPublicRateLimit(kind: PublicRequestKind, meta: RequestMeta): Promise<void> {
  const rule = ruleFor(kind, meta);
  const wait = await retryAfterSeconds(db, rule);
  if (wait > 0) throw publicRateLimited(wait);
  await recordEvent(db, rule.key);
  // Keep the table small without a scheduler (about one request in a hundred).
  if (Math.random() < 0.01) await pruneEvents(db);
}
