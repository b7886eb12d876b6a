import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { setDisabledInput } from "./admin-schemas";
import { assertPlatformAdmin } from "./assert-platform-admin";

/**
 * Disables (or re-enables) a user account. Disabling ends every session at once and blocks
 * new logins (start-login answers account_disabled). An admin cannot disable themself: the
 * platform would risk losing its last administrator by a slip of the mouse.
 */
export async function setUserDisabled(
  admin: SessionContext,
  rawInput: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ changed: boolean; sessionsRevoked: number }> {
  await assertPlatformAdmin(admin);
  const { id, disabled } = parseInput(setDisabledInput, rawInput);
  if (disabled && id === admin.user.id) {
    throw new AppError("FORBIDDEN", "cannot_disable_self", "You cannot disable your own account");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw notFound("User");
    // Conditional update: repeating the action (double click, two admins) changes nothing.
    const updated = await tx.user.updateMany({
      where: { id, disabledAt: disabled ? null : { not: null } },
      data: { disabledAt: disabled ? now : null },
    });
    if (updated.count === 0) return { changed: false, sessionsRevoked: 0 };
    const revoked = disabled
      ? await tx.authSession.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } })
      : { count: 0 };
    await recordAudit(tx, {
      action: disabled ? "admin.user_disabled" : "admin.user_enabled",
      actorId: admin.user.id,
      targetType: "User",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: disabled ? { sessionsRevoked: revoked.count } : undefined,
    });
    return { changed: true, sessionsRevoked: revoked.count };
  });
}
