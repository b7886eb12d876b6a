import "server-only";
import { findOpenChallenge } from "@/lib/auth/challenges/create-challenge";

/**
 * The email change waiting for its code, if the cookie's challenge is an open EMAIL_CHANGE
 * of this user (a login challenge or someone else's never counts): where the code went.
 */
export async function describeEmailChange(
  userId: string,
  token: string | undefined | null,
): Promise<{ newEmail: string; challengeId: string } | null> {
  const challenge = await findOpenChallenge(token);
  if (!challenge || challenge.purpose !== "EMAIL_CHANGE" || challenge.userId !== userId) return null;
  return { newEmail: challenge.email, challengeId: challenge.id };
}
