/**
 * @jest-environment node
 */
import { Webhook } from "standardwebhooks";
import { generateWebhookSecret, signWebhook } from "@/lib/webhooks/webhook-signature";

// Our node:crypto signing against the reference implementation (the standardwebhooks package).

describe("signWebhook", () => {
  it("produces signatures the standardwebhooks library verifies", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: "invoice.paid", timestamp: new Date().toISOString(), data: { id: "d1" } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook(secret, "msg_1", timestamp, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    // And the library's own signature is ours.
    expect(new Webhook(secret).sign("msg_1", new Date(timestamp * 1000), body)).toBe(headers["webhook-signature"]);
  });

  it("is refused when the body, the id or the secret differ", () => {
    const secret = generateWebhookSecret();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhook(secret, "msg_1", timestamp, "{}");
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(timestamp), "webhook-signature": signature };
    expect(() => new Webhook(secret).verify('{"a":1}', headers)).toThrow();
    expect(() => new Webhook(secret).verify("{}", { ...headers, "webhook-id": "msg_2" })).toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify("{}", headers)).toThrow();
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});
