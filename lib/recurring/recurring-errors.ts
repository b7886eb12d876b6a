import { AppError } from "@/lib/errors/app-error";

// Failures of the recurring invoice functions; codes are translated in recurringErrors.* and,
// for field errors, recurringValidation.* (lib/i18n/messages/recurring-fr.ts).

/** A missing profile, or another organization's: the same answer. */
export const recurringProfileNotFound = () =>
  new AppError("NOT_FOUND", "recurring_profile_not_found", "Recurring profile not found");

/** The profile changed since the form loaded it (details.updatedAt: the current version). */
export const recurringProfileChanged = (updatedAt: string) =>
  new AppError("CONFLICT", "recurring_profile_changed", "This recurring profile was changed since you opened it", {
    updatedAt,
  });

/** Pause an active profile, resume a paused or stopped one, end one that has not ended. */
export const recurringStatusInvalid = (status: string) =>
  new AppError("CONFLICT", "recurring_status_invalid", `This action is not possible on a ${status} profile`, {
    status,
  });

/** A recipient that is not one of the client's current addresses (checked on the server). */
export const recurringRecipientsNotClient = (indexes: number[]) =>
  new AppError("VALIDATION", "invalid_input", "Recipients must be the client's email addresses", {
    fieldErrors: {
      recipients: ["recipient_not_client"],
      ...Object.fromEntries(indexes.map((index) => [`recipients.${index}`, ["recipient_not_client"]])),
    },
  });

/** "Run now" on a profile that is not active. */
export const recurringProfileNotActive = (status: string) =>
  new AppError("CONFLICT", "recurring_profile_not_active", "Only an active profile generates invoices", { status });
