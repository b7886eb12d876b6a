import { AppError } from "@/lib/errors/app-error";

// Failures of acting on an organization's emails (retry); codes are translated in
// emailDeliveryErrors.* (lib/i18n/messages/email-delivery-fr.ts).

/** Another organization's email (or one with none: login codes) looks exactly like a missing one. */
export const emailNotFound = () => new AppError("NOT_FOUND", "email_not_found", "Email not found");

/** Only an email the provider finally refused is retried: a queued one is on its way, a sent one arrived. */
export const emailNotFailed = (status: string) =>
  new AppError("CONFLICT", "email_not_failed", "Only an email that failed can be sent again", { status });
