import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { challengeGone } from "@/lib/auth/challenges/create-challenge";
import { verifyChallengeCode } from "@/lib/auth/challenges/verify-code";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { describeEmailChange } from "./describe-email-change";
import { emailTaken } from "./start-email-change";

/**
 * Second step: the code sent to the new address. On success the account's email becomes
 * that address (verified, since the code reached it). Someone may have taken the address in
 * between: the unique index refuses it and nothing changes.
 */
export async function confirmEmailChange(
  session: SessionContext,
  token: string | undefined | null,
  code: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ email: string }> {
  const userId = session.user.id;
  // Checked before the code is counted, so that only this user's email change can be spent here.
  const pending = await describeEmailChange(userId, token);
  if (!pending) throw challengeGone();
  await verifyChallengeCode(token, code, meta, now);

  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
      await tx.user.update({ where: { id: userId }, data: { email: pending.newEmail, emailVerifiedAt: now } });
      // Reset links went to the old address: they must not outlive the change.
      await tx.passwordResetToken.updateMany({
        where: { userId, usedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
      await recordAudit(tx, {
        action: "user.email_changed",
        actorId: userId,
        targetType: "User",
        targetId: userId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { from: before.email, to: pending.newEmail },
      });
      return { email: pending.newEmail };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}
