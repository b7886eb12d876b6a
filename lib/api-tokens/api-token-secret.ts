import { createHash, randomBytes } from "node:crypto";

// An API token's secret: "fct_" + base64url of 32 random bytes (256 bits). Only its SHA-256 is
// stored (a fast hash is enough: the secret is random, not a password), plus its first
// characters so the list can tell tokens apart.

export const API_TOKEN_PREFIX = "fct_";
const SECRET_SHAPE = /^fct_[A-Za-z0-9_-]{43}$/;
const SHOWN_PREFIX_LENGTH = 12;

export function generateApiTokenSecret(): { secret: string; prefix: string; tokenHash: string } {
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, SHOWN_PREFIX_LENGTH), tokenHash: hashApiTokenSecret(secret) };
}

export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Whether text can be a secret at all (anything else is refused without a query). */
export function isApiTokenSecretShaped(text: string): boolean {
  return SECRET_SHAPE.test(text);
}
