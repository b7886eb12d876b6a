import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { queueEmail, wakeEmailWorkers } from "@/lib/email/queue-email";
import type { LoginCodePurpose } from "@/lib/email/messages";
import type { RenderedEmail } from "@/lib/email/render-email";
import { loginCodeEmail } from "@/lib/email/templates/login-code";
import { getEnv } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import type { LoginChallenge } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { hashCode, randomCode } from "../crypto/tokens";
import { CODE_TTL_MS, CODES_PER_HOUR, RESEND_INTERVAL_MS } from "./challenge-rules";
import { decoyCodeHash, isDecoy } from "./create-decoy-challenge";

export type ChallengeCodeOptions = {
  /**
   * A decoy's first code (a sign-up with a registered address): instead of a code, this email
   * tells the address's owner, queued with the same work as a real code's email so that the
   * two sign-ups take as long (tests/integration/security/account-enumeration-timing.test.ts).
   */
  ownerNotice?: (locale: Locale) => Promise<RenderedEmail>;
};

/**
 * Emails a fresh code for the challenge. The new code ends every earlier one (only the
 * latest works), and sending is throttled: one per 30 s per challenge, 5 per hour per user.
 * A decoy's codes go to nobody (see ownerNotice for its first one).
 */
export async function sendChallengeCode(
  challenge: Pick<LoginChallenge, "id" | "userId" | "email" | "purpose">,
  meta: RequestMeta,
  now = new Date(),
  options: ChallengeCodeOptions = {},
): Promise<void> {
  const last = await db.otpCode.findFirst({
    where: { challengeId: challenge.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (last && now.getTime() - last.createdAt.getTime() < RESEND_INTERVAL_MS) {
    const retryAfterSeconds = Math.ceil((last.createdAt.getTime() + RESEND_INTERVAL_MS - now.getTime()) / 1000);
    throw new AppError("RATE_LIMITED", "resend_too_soon", "Wait before asking for another code", { retryAfterSeconds });
  }
  const hourAgo = new Date(now.getTime() - 3_600_000);
  // Decoys count among decoys only: sign-up attempts with someone's address must not use up
  // the codes that person needs to log in.
  const decoy = isDecoy(challenge);
  const recent = await db.otpCode.findMany({
    where: {
      challenge: {
        userId: challenge.userId,
        purpose: decoy ? "SIGNUP_DECOY" : { not: "SIGNUP_DECOY" },
      },
      createdAt: { gt: hourAgo },
    },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (recent.length >= CODES_PER_HOUR) {
    const retryAfterSeconds = Math.ceil((recent[0]!.createdAt.getTime() + 3_600_000 - now.getTime()) / 1000);
    throw new AppError("RATE_LIMITED", "too_many_codes", "Too many codes requested in the last hour", {
      retryAfterSeconds,
    });
  }

  const code = randomCode();
  const newCode = (client: Pick<typeof db, "otpCode">) => [
    client.otpCode.updateMany({
      where: { challengeId: challenge.id, consumedAt: null, invalidatedAt: null },
      data: { invalidatedAt: now },
    }),
    client.otpCode.create({
      data: {
        challengeId: challenge.id,
        codeHash: decoy ? decoyCodeHash() : hashCode(getEnv().AUTH_SECRET, challenge.id, code),
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        createdAt: now,
      },
    }),
  ];
  if (decoy && !options.ownerNotice) {
    await db.$transaction(newCode(db));
    return;
  }

  const user = await db.user.findUniqueOrThrow({ where: { id: challenge.userId }, select: { locale: true } });
  const locale: Locale = isLocale(user.locale) ? user.locale : "fr";
  const email =
    decoy && options.ownerNotice
      ? await options.ownerNotice(locale)
      : await loginCodeEmail({
          locale,
          code,
          purpose: challenge.purpose as LoginCodePurpose,
          expiresInMinutes: CODE_TTL_MS / 60_000,
        });
  // The code, its email and the audit commit together. The email is queued like every other:
  // in-app workers are woken at once below; with separate worker processes it leaves at their
  // next poll (≤ 1 s), which is all the user waits on the code page.
  await db.$transaction(async (tx) => {
    // In order: the new code must not be among those the update ends.
    for (const step of newCode(tx)) await step;
    await queueEmail({ ...email, to: [challenge.email] }, { tx });
    await recordAudit(tx, {
      action: "auth.code_sent",
      actorId: challenge.userId,
      targetType: "LoginChallenge",
      targetId: challenge.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { purpose: challenge.purpose },
    });
  });
  wakeEmailWorkers();
}
