import type { PrismaClient } from "@/lib/generated/prisma/client";

type Db = Pick<PrismaClient, "rateLimitEvent">;

export type WindowRule = { key: string; limit: number; windowMs: number };

/** Records one event (e.g. a failed login) under a key. */
export async function recordEvent(db: Db, key: string, now = new Date()): Promise<void> {
  await db.rateLimitEvent.create({ data: { key, createdAt: now } });
}

/**
 * Seconds until the rule allows another attempt, or 0 when under the limit. The window
 * slides: the lock ends when the oldest counted event leaves it.
 */
export async function retryAfterSeconds(db: Db, rule: WindowRule, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - rule.windowMs);
  const events = await db.rateLimitEvent.findMany({
    where: { key: rule.key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: rule.limit,
    select: { createdAt: true },
  });
  if (events.length < rule.limit) return 0;
  const oldestCounted = events[events.length - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldestCounted + rule.windowMs - now.getTime()) / 1000));
}

export async function clearEvents(db: Db, key: string): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { key } });
}

/** Drops events older than a day; called opportunistically so the table stays small. */
export async function pruneEvents(db: Db, now = new Date()): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
}
