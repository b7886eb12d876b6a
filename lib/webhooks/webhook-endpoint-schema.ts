import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./webhook-event-types";

// The one schema of an endpoint's form (Settings → Webhooks), run by the form before it
// submits and by create/updateWebhookEndpoint before anything is written. Messages are keys
// of webhooks.validation. The URL's host is resolved and checked too (production only,
// checkWebhookTarget), which a schema run in the browser cannot do.

export const webhookLimits = { url: 2000, description: 200 } as const;

/** Hosts a development or test instance may post to over plain http (a receiver on this machine). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why a URL cannot be an endpoint's (a webhooks.validation key), or null when it can. */
export function webhookUrlProblem(text: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "url_invalid";
  }
  if (url.username || url.password) return "url_credentials";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && !production && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return production ? "url_https_required" : "url_https_or_loopback";
}

const isProduction = () => process.env.NODE_ENV === "production";

const url = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z
    .string({ error: "url_required" })
    .min(1, "url_required")
    .max(webhookLimits.url, "url_too_long")
    .superRefine((text, context) => {
      const problem = webhookUrlProblem(text, isProduction());
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
);

const description = z.preprocess(
  (value) => (value == null ? "" : typeof value === "string" ? value.trim() : value),
  z.string().max(webhookLimits.description, "description_too_long"),
);

const events = z.preprocess(
  (value) => (value == null ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "event_unknown" }))
    .min(1, "events_required")
    .transform((list) => WEBHOOK_EVENT_TYPES.filter((type) => list.includes(type))),
);

export const webhookEndpointInput = z.object({ url, description, events });

export type WebhookEndpointInput = z.output<typeof webhookEndpointInput>;

/** An endpoint's or a delivery's id as a route or a form gives it. */
export const webhookIdSchema = z.string().min(1).max(64);
