import type { emailDeliveryFr } from "./email-delivery-fr";

export const emailDeliveryEn: typeof emailDeliveryFr = {
  emailDelivery: {
    status: "Status",
    queued: "Queued",
    queuedHint: "The email leaves in a moment; this page updates by itself.",
    sent: "Sent",
    sentAt: "on {date}",
    failed: "Failed",
    reason: "Reason: {reason}",
    unknownReason: "Unknown reason",
    retry: "Retry",
    retryLabel: "Retry the email of {date} to {recipients}",
    retrying: "Queuing…",
    retried: "Email queued again: it leaves in a moment.",
    refusedTitle: "Emails refused by the provider",
    refusedCount: "{count} email(s) refused by the provider",
    refusedHint: "Open the document to see why and retry sending.",
    refusedTo: "To: {recipients}",
    refusedOpen: "Open {document}",
    refusedNoDocument: "No document",
  },
  emailDeliveryErrors: {
    email_not_found: "This email does not exist or was deleted.",
    email_not_failed: "This email has not failed any more: it is already on its way again or was sent.",
    forbidden: "Your role does not allow sending emails.",
    generic: "Something went wrong. Try again in a moment.",
  },
};
