import "server-only";
import { db } from "@/lib/db/prisma";
import type { SessionContext } from "./session-context";
import { TOUCH_INTERVAL_MS } from "./session-rules";

/**
 * The live session behind a session id, or null when it was revoked (logout, password
 * change), expired, or its user was disabled. Called on every authenticated request.
 */
export async function loadSession(
  sessionId: string | null | undefined,
  now = new Date(),
): Promise<SessionContext | null> {
  if (!sessionId) return null;
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    include: {
      user: { select: { id: true, name: true, email: true, locale: true, isPlatformAdmin: true, disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.authSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { id, name, email, locale, isPlatformAdmin } = session.user;
  return {
    sessionId: session.id,
    user: { id, name, email, locale, isPlatformAdmin },
    activeOrganizationId: session.activeOrganizationId,
  };
}
