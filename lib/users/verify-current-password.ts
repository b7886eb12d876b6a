import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/crypto/tokens";
import { recordEvent, retryAfterSeconds, type WindowRule } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

// A stolen session must not become a password-guessing oracle: wrong current passwords are
// limited like failed logins (5 per 15 min), under a key of their own so that they do not
// lock the owner out of the login page.
const REAUTH_RULE = { limit: 5, windowMs: 15 * 60_000 };
const reauthKey = (userId: string) => `reauth-fail:user:${hashToken(userId)}`;

/**
 * Checks the signed-in user's current password before a sensitive change. A wrong one is a
 * field error on `field`; too many wrong ones lock these changes for a while.
 */
export async function verifyCurrentPassword(
  userId: string,
  password: string,
  field: string,
): Promise<{ email: string; passwordHash: string }> {
  const rule: WindowRule = { key: reauthKey(userId), ...REAUTH_RULE };
  const wait = await retryAfterSeconds(db, rule);
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", "reauth_locked", "Too many wrong passwords; try again later", {
      retryAfterSeconds: wait,
    });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    await recordEvent(db, rule.key);
    throw new AppError("VALIDATION", "current_password_wrong", "The current password is wrong", {
      fieldErrors: { [field]: ["current_password_wrong"] },
    });
  }
  return { email: user.email, passwordHash: user.passwordHash };
}
