// The events an organization can subscribe an endpoint to (Standard Webhooks "type"). The
// list is the contract with receivers: a new type may be added, none renamed or removed.

export const WEBHOOK_EVENT_TYPES = [
  "document.issued",
  "document.sent",
  "quote.accepted",
  "quote.declined",
  "payment.recorded",
  "payment.deleted",
  "invoice.paid",
  "invoice.overdue",
  "client.created",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
