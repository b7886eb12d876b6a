import { AppError } from "@/lib/errors/app-error";

// Expected failures of webhook management (codes are keys of webhooks.errors).

export const webhookEndpointNotFound = () =>
  new AppError("NOT_FOUND", "webhook_not_found", "Webhook endpoint not found");

export const webhookDeliveryNotFound = () =>
  new AppError("NOT_FOUND", "webhook_delivery_not_found", "Webhook delivery not found");

/** The URL's host does not resolve, or resolves to an address the SSRF guard refuses. */
export const webhookTargetRefused = (reason: "unresolvable" | "private_address") =>
  new AppError("VALIDATION", "invalid_input", "This URL cannot receive webhooks", {
    fieldErrors: { url: [reason === "unresolvable" ? "url_unresolvable" : "url_private_address"] },
  });

export const webhookEndpointDisabled = () =>
  new AppError("CONFLICT", "webhook_disabled", "Enable the endpoint before sending to it");
