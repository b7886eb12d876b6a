import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";

/** Logout: the session id in the cookie stops working, even if the cookie is replayed. */
export async function logout(sessionId: string, meta: RequestMeta): Promise<void> {
  const session = await db.authSession.findUnique({ where: { id: sessionId }, select: { userId: true } });
  if (!session) return;
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  await recordAudit(db, {
    action: "auth.logout",
    actorId: session.userId,
    targetType: "AuthSession",
    targetId: sessionId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
}

/** Ends every session of a user (but `keepSessionId`, e.g. the one changing the password). */
export async function revokeUserSessions(userId: string, keepSessionId?: string): Promise<number> {
  const result = await db.authSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return result.count;
}
