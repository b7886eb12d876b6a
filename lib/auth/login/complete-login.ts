import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { verifyChallengeCode } from "../challenges/verify-code";
import { createSession } from "../sessions/create-session";

export type CompletedLogin = { sessionId: string; userId: string; email: string; name: string };

/**
 * Second login step: the emailed code. A sign-up challenge also marks the email verified.
 * Returns the new server-side session that the session cookie will carry.
 */
export async function completeLogin(
  challengeToken: string | undefined | null,
  code: unknown,
  meta: RequestMeta,
): Promise<CompletedLogin> {
  const verified = await verifyChallengeCode(challengeToken, code, meta);
  // verifyChallengeCode never lets a decoy through; refusing it here too keeps it so if that changes.
  if (verified.purpose === "SIGNUP_DECOY")
    throw new AppError("GONE", "challenge_expired", "This sign-in step has expired");
  if (verified.purpose === "EMAIL_CHANGE") {
    throw new AppError("VALIDATION", "wrong_challenge", "This code confirms an email change, not a sign-in");
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: verified.userId } });
  if (user.disabledAt) throw new AppError("FORBIDDEN", "account_disabled", "This account has been disabled");
  if (!user.emailVerifiedAt) {
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
  }
  const sessionId = await createSession(user.id, meta);
  await recordAudit(db, {
    action: "auth.login_succeeded",
    actorId: user.id,
    targetType: "AuthSession",
    targetId: sessionId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { sessionId, userId: user.id, email: user.email, name: user.name };
}
