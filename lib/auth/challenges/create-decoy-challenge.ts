import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import type { LoginChallenge } from "@/lib/generated/prisma/client";
import { hashToken, randomToken } from "../crypto/tokens";
import { CHALLENGE_TTL_MS } from "./challenge-rules";
import type { StartedChallenge } from "./create-challenge";
import { sendChallengeCode, type ChallengeCodeOptions } from "./send-code";

// A sign-up with an address that already has an account must look exactly like a new one,
// up to the code page: the page names the address, a wrong code says "wrong code" with the
// tries left, the fifth locks, resending is throttled the same way. Only nobody receives a
// code, and none can match: a decoy code's hash is not hex, and safeEqualHex compares hex
// bytes, so even the HMAC of the right code could not equal it (verify-code refuses the
// purpose outright as well).

/** The stored "hash" of a decoy code: random, and never a 64-hex-digit HMAC. */
export function decoyCodeHash(): string {
  return `decoy:${randomToken()}`;
}

/**
 * Opens a SIGNUP_DECOY step for the address's owner, as createChallenge opens a real one: the
 * same insert, then sendChallengeCode's same work (throttle reads, the code, one queued email
 * and the audit) — only the email is `ownerNotice`, telling the owner, not a code.
 */
export async function createDecoyChallenge(
  input: { userId: string; email: string },
  meta: RequestMeta,
  ownerNotice: NonNullable<ChallengeCodeOptions["ownerNotice"]>,
  now = new Date(),
): Promise<StartedChallenge> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  const challenge = await db.loginChallenge.create({
    data: { ...input, purpose: "SIGNUP_DECOY", tokenHash: hashToken(token), expiresAt, ip: meta.ip, createdAt: now },
  });
  await sendChallengeCode(challenge, meta, now, { ownerNotice });
  return { token, expiresAt, email: input.email };
}

export function isDecoy(challenge: Pick<LoginChallenge, "purpose">): boolean {
  return challenge.purpose === "SIGNUP_DECOY";
}
