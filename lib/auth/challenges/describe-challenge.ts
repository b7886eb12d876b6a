import "server-only";
import { findOpenChallenge } from "./create-challenge";

/** What the code page may show about the pending step: where the code went. */
export async function describeChallenge(token: string | undefined | null): Promise<{ email: string } | null> {
  const challenge = await findOpenChallenge(token);
  return challenge ? { email: challenge.email } : null;
}
