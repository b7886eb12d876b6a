import type { Messages } from "./fr";

export const recurringErrorsEn: Pick<Messages, "recurringValidation" | "recurringErrors" | "recurringStopReasons"> = {
  recurringValidation: {
    frequency_invalid: "Choose a frequency: weekly, monthly, quarterly or yearly.",
    interval_range: "An interval of at least 1: at most 52 weeks, 12 months, 4 quarters or 10 years.",
    day_of_month_range: "A day of the month between 1 and 31.",
    day_of_month_required: "Choose the day of the month, or the last day of the month.",
    date_invalid: "Invalid date.",
    end_kind_invalid: "Choose when the recurrence ends.",
    end_count_range: "A number of invoices between 1 and 1,000.",
    end_date_required: "Enter the end date.",
    end_before_start: "The end date cannot be before the start date.",
    no_occurrence: "No date falls between the start date and the end date.",
    mode_invalid: "Choose draft or issue.",
    auto_send_needs_issue: "Only an issued invoice can be sent: choose to issue automatically.",
    recipients_required: "Choose at least one recipient for automatic sending.",
    recipients_too_many: "At most 50 recipients.",
    recipient_invalid: "Invalid email address.",
    recipient_not_client: "Recipients must be the client's email addresses.",
  },
  recurringErrors: {
    recurring_profile_not_found: "This recurring invoice does not exist or was deleted.",
    recurring_profile_changed:
      "This recurring invoice was changed in the meantime: reload the page to see the latest version.",
    recurring_status_invalid: "This action is not possible in the recurring invoice's current state.",
    recurring_profile_not_active: "Only an active recurring invoice generates invoices.",
    invalid_input: "Some fields are invalid: correct them and try again.",
    forbidden: "Your role does not allow managing recurring invoices.",
    generic: "Something unexpected went wrong. Try again in a moment.",
  },
  recurringStopReasons: {
    client_archived: "The client was archived.",
    recipients_not_client: "A recipient is no longer one of the client's email addresses.",
    creator_not_allowed: "The person who created this recurring invoice can no longer issue invoices.",
    template_invalid: "The invoice's content is no longer valid (an article deleted, a VAT rate…).",
    issue_refused: "The invoice could not be issued (incomplete legal identity, e-invoice rules…).",
  },
};
