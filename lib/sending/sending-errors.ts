import { AppError } from "@/lib/errors/app-error";

// Failures of sending a document or a reminder; codes are translated in sendingErrors.* and,
// for field errors, sendingValidation.* (lib/i18n/messages/sending-fr.ts).

/** An invoice, deposit invoice or credit note still in DRAFT: issue it first. */
export const documentNotIssued = () =>
  new AppError("CONFLICT", "document_not_issued", "Issue this document before sending it");

/** A recipient that is not one of the client's current email addresses. */
export const recipientNotClient = (indexes: number[]) =>
  new AppError("VALIDATION", "recipient_not_client", "Send only to the client's email addresses", {
    fieldErrors: {
      recipients: ["recipient_not_client"],
      ...Object.fromEntries(indexes.map((index) => [`recipients.${index}`, ["recipient_not_client"]])),
    },
  });

export const clientHasNoEmail = () =>
  new AppError("CONFLICT", "client_has_no_email", "The client has no email address: add one on its page first");

/** A reminder only goes with an issued invoice or deposit invoice with something left to pay past its due date. */
export const documentNotOverdue = () =>
  new AppError("CONFLICT", "document_not_overdue", "Only an overdue invoice can be reminded");

/** Another run already sent (or is sending) this reminder step. */
export const reminderStepTaken = (step: number) =>
  new AppError("CONFLICT", "reminder_already_sent", `Reminder step ${step} was already sent`, { step });
