import type { RenderedEmail } from "../render-email";
import { documentEmail, type DocumentEmailInput } from "./document-sent";

/** A reminder of an overdue invoice, by hand or from `npm run reminders` (template "payment-reminder"). */
export function paymentReminderEmail(input: DocumentEmailInput): Promise<RenderedEmail> {
  return documentEmail("payment-reminder", input);
}
