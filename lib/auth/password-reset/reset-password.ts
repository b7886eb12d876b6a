import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { emailFailureKey } from "../login/login-rules";
import { hashPassword } from "../password";
import { clearEvents } from "../rate-limit";
import { findUsableResetToken, resetLinkError } from "./find-reset-token";
import { newPasswordInput } from "./password-reset-schemas";

/**
 * Sets a new password from an emailed link. The link works once (claimed atomically), every
 * session of the account ends (whoever knew the old password is out), and the address is
 * now proven, so it counts as verified. Returns the email for the login page.
 */
export async function resetPassword(
  rawInput: { token?: unknown; password?: unknown },
  meta: RequestMeta,
  now = new Date(),
): Promise<{ email: string }> {
  // The link first: choosing a password for a dead link would only disappoint.
  const token = await findUsableResetToken(rawInput.token, now);
  const { password } = parseInput(newPasswordInput, { password: rawInput.password });
  const passwordHash = await hashPassword(password);

  const user = await db.$transaction(async (tx) => {
    // Single use even when two requests race: only one update finds usedAt still null.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw resetLinkError("used");
    const current = await tx.user.findUniqueOrThrow({
      where: { id: token.userId },
      select: { id: true, email: true, emailVerifiedAt: true, disabledAt: true },
    });
    if (current.disabledAt) {
      throw new AppError("FORBIDDEN", "account_disabled", "This account has been disabled; contact support");
    }
    await tx.user.update({
      where: { id: current.id },
      data: { passwordHash, passwordChangedAt: now, emailVerifiedAt: current.emailVerifiedAt ?? now },
    });
    // Any other link still out there must not work after this one.
    await tx.passwordResetToken.updateMany({
      where: { userId: current.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const revoked = await tx.authSession.updateMany({
      where: { userId: current.id, revokedAt: null },
      data: { revokedAt: now },
    });
    await recordAudit(tx, {
      action: "auth.password_reset",
      actorId: current.id,
      targetType: "User",
      targetId: current.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { sessionsRevoked: revoked.count },
    });
    return current;
  });
  // The owner just proved control of the address: lift a lockout from earlier failed logins.
  await clearEvents(db, emailFailureKey(user.email));
  return { email: user.email };
}
