import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { changePasswordInput } from "./user-schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Changes the password of the signed-in user. Every other session ends (a device that knew
 * the old password is signed out) while the one making the change stays signed in.
 */
export async function changePassword(
  session: SessionContext,
  rawInput: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ sessionsRevoked: number }> {
  const { currentPassword, newPassword } = parseInput(changePasswordInput, rawInput);
  const userId = session.user.id;
  const current = await verifyCurrentPassword(userId, currentPassword, "currentPassword");
  if (await verifyPassword(current.passwordHash, newPassword)) {
    throw new AppError("VALIDATION", "password_unchanged", "The new password is the current one", {
      fieldErrors: { newPassword: ["password_unchanged"] },
    });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: now } }),
    // A reset link asked for earlier must not undo the password just chosen.
    db.passwordResetToken.updateMany({
      where: { userId, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    }),
  ]);
  const sessionsRevoked = await revokeUserSessions(userId, session.sessionId);
  await recordAudit(db, {
    action: "auth.password_changed",
    actorId: userId,
    targetType: "User",
    targetId: userId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { sessionsRevoked },
  });
  return { sessionsRevoked };
}
