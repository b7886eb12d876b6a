import { createHmac, randomBytes } from "node:crypto";

// Standard Webhooks signing (https://www.standardwebhooks.com): the secret is "whsec_" + the
// base64 of the key; the signature is "v1," + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>"))
// with the timestamp in whole seconds. A test checks the standardwebhooks package's
// Webhook.verify accepts what this produces.

const SECRET_PREFIX = "whsec_";

/** A new endpoint secret: 32 random bytes (the spec asks for 24 to 64). */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

/** The value of the webhook-signature header for one message. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  const digest = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${digest}`;
}
