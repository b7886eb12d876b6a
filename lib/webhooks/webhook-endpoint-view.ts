import type { Prisma } from "@/lib/generated/prisma/client";
import { isWebhookEventType, type WebhookEventType } from "./webhook-event-types";

// An endpoint as pages and the API show it: never its secret (shown once, when created or
// rotated), only its first characters so a person can tell which one a receiver holds.

export type WebhookEndpointView = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  disabledAt: Date | null;
  /** "failing" when disabled after 3 days of failures; null when a member disabled it. */
  disabledReason: string | null;
  failingSince: Date | null;
  secretHint: string;
  createdAt: Date;
};

export const webhookEndpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  secret: true,
  createdAt: true,
} as const satisfies Prisma.WebhookEndpointSelect;

type Row = Prisma.WebhookEndpointGetPayload<{ select: typeof webhookEndpointSelect }>;

export function webhookEndpointView(row: Row): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events.filter(isWebhookEventType),
    enabled: row.enabled,
    disabledAt: row.disabledAt,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince,
    secretHint: `${row.secret.slice(0, 10)}…`,
    createdAt: row.createdAt,
  };
}
