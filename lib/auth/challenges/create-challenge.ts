import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { ChallengePurpose } from "@/lib/generated/prisma/enums";
import { hashToken, randomToken } from "../crypto/tokens";
import { CHALLENGE_TTL_MS } from "./challenge-rules";
import { sendChallengeCode } from "./send-code";

export type StartedChallenge = { token: string; expiresAt: Date; email: string };

/**
 * Opens the emailed-code step for a user and sends the first code. The returned token goes
 * into an httpOnly cookie; the database keeps only its hash.
 */
export async function createChallenge(
  input: { userId: string; purpose: ChallengePurpose; email: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<StartedChallenge> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  const challenge = await db.loginChallenge.create({
    data: { ...input, tokenHash: hashToken(token), expiresAt, ip: meta.ip, createdAt: now },
  });
  await sendChallengeCode(challenge, meta, now);
  return { token, expiresAt, email: input.email };
}

/** The open challenge behind a cookie token, or null (unknown, expired or completed). */
export async function findOpenChallenge(token: string | undefined | null, now = new Date()) {
  if (!token || token.length > 200) return null;
  return db.loginChallenge.findFirst({
    where: { tokenHash: hashToken(token), completedAt: null, expiresAt: { gt: now } },
  });
}

/** Asks for another code on the challenge behind the cookie (throttled in sendChallengeCode). */
export async function resendChallengeCode(token: string | undefined | null, meta: RequestMeta): Promise<void> {
  const challenge = await findOpenChallenge(token);
  if (!challenge) throw challengeGone();
  await sendChallengeCode(challenge, meta);
}

export function challengeGone(): AppError {
  return new AppError("GONE", "challenge_expired", "This sign-in step has expired; start again");
}
