import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChallengePurpose } from "@/lib/generated/prisma/enums";
import { codeInput } from "../auth-schemas";
import { hashCode, safeEqualHex } from "../crypto/tokens";
import { CODE_MAX_ATTEMPTS } from "./challenge-rules";
import { challengeGone, findOpenChallenge } from "./create-challenge";
import { isDecoy } from "./create-decoy-challenge";

export type VerifiedChallenge = { userId: string; purpose: ChallengePurpose; challengeId: string };

/**
 * Checks a code against the latest code of the challenge behind the cookie token.
 * Each try is counted atomically before comparing (parallel guesses cannot exceed five);
 * the fifth wrong try ends the code, and a right code works once.
 */
export async function verifyChallengeCode(
  token: string | undefined | null,
  rawCode: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<VerifiedChallenge> {
  const { code } = parseInput(codeInput, { code: rawCode });
  const challenge = await findOpenChallenge(token, now);
  if (!challenge) throw challengeGone();

  const latest = await db.otpCode.findFirst({
    where: { challengeId: challenge.id },
    orderBy: { createdAt: "desc" },
  });
  if (!latest || latest.consumedAt || latest.invalidatedAt) throw codeLocked(latest?.attempts ?? 0);
  if (latest.expiresAt <= now) throw new AppError("GONE", "code_expired", "This code has expired; ask for a new one");

  // The increment and its result come from one UPDATE … RETURNING, so concurrent tries each
  // see their own count (and the one that reaches the limit ends the code).
  const reserved = await db.otpCode
    .update({
      where: { id: latest.id, attempts: { lt: CODE_MAX_ATTEMPTS }, consumedAt: null, invalidatedAt: null },
      data: { attempts: { increment: 1 } },
      select: { attempts: true },
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
      throw error;
    });
  if (!reserved) throw codeLocked(CODE_MAX_ATTEMPTS);
  const { attempts } = reserved;

  const expected = hashCode(getEnv().AUTH_SECRET, challenge.id, code);
  if (isDecoy(challenge) || !safeEqualHex(expected, latest.codeHash)) {
    if (attempts >= CODE_MAX_ATTEMPTS) {
      await db.otpCode.update({ where: { id: latest.id }, data: { invalidatedAt: now } });
    }
    await recordAudit(db, {
      action: "auth.code_failed",
      actorId: challenge.userId,
      targetType: "LoginChallenge",
      targetId: challenge.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { attempts },
    });
    if (attempts >= CODE_MAX_ATTEMPTS) throw codeLocked(attempts);
    throw new AppError("VALIDATION", "code_invalid", "Wrong code", {
      fieldErrors: { code: ["code_invalid"] },
      attemptsLeft: CODE_MAX_ATTEMPTS - attempts,
    });
  }

  // Single use even if two requests carry the right code at once: only one update wins.
  const consumed = await db.otpCode.updateMany({
    where: { id: latest.id, consumedAt: null, invalidatedAt: null },
    data: { consumedAt: now },
  });
  const completed = await db.loginChallenge.updateMany({
    where: { id: challenge.id, completedAt: null },
    data: { completedAt: now },
  });
  if (consumed.count === 0 || completed.count === 0) throw challengeGone();
  return { userId: challenge.userId, purpose: challenge.purpose, challengeId: challenge.id };
}

function codeLocked(attempts: number): AppError {
  return new AppError("RATE_LIMITED", "code_locked", "Too many wrong codes; ask for a new one", { attempts });
}
