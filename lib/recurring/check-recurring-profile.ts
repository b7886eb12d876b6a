import "server-only";
import { hasRawValue, assertArticlesOfOrganization, draftContext, vatContextOf } from "@/lib/documents/draft-defaults";
import { assertLinesVat, linesOfInput } from "@/lib/documents/draft-content";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecurrenceRule } from "./recurrence";
import { clientRecipients, ruleColumns } from "./recurring-profile-data";
import { recurringTemplateOf, type RecurringProfileInput } from "./recurring-profile-schema";

// What creating and updating a recurring invoice profile check. The content is checked as a
// draft's would be (the client of the organization and not archived, articles of the
// organization, the lines' VAT treatment), the recipients against the client's addresses;
// any field error writes nothing.

export function ruleOfInput(input: RecurringProfileInput): RecurrenceRule {
  return {
    frequency: input.frequency,
    interval: input.interval,
    dayOfMonth: input.dayOfMonth,
    lastDayOfMonth: input.lastDayOfMonth,
    startDate: input.startDate,
    endKind: input.endKind,
    endAfterCount: input.endAfterCount,
    endDate: input.endDate,
  };
}

/** A rule whose end comes before its first occurrence (on a date, before the first matching day). */
export const noOccurrence = () =>
  new AppError("VALIDATION", "invalid_input", "The profile would never make an invoice", {
    fieldErrors: { endDate: ["no_occurrence"] },
  });

/**
 * What a save checks in its transaction, as a draft would be checked, and the columns it
 * writes (without the status and dates of the run, which each caller decides).
 */
export async function checkedColumns(
  tx: Prisma.TransactionClient,
  organizationId: string,
  input: RecurringProfileInput,
  rawInput: unknown,
  options: { allowArchivedClient: boolean },
) {
  const context = await draftContext(tx, organizationId, input.clientId, {
    allowArchived: options.allowArchivedClient,
  });
  const lines = linesOfInput(input.lines, vatContextOf(context));
  assertLinesVat(lines);
  await assertArticlesOfOrganization(tx, organizationId, lines);
  const client = await tx.client.findUniqueOrThrow({ where: { id: input.clientId }, select: { emails: true } });
  const recipients = clientRecipients(input.recipients, client.emails);
  // A blank language takes the client's, then the organization's, as a new draft would.
  const language = hasRawValue(rawInput, "language")
    ? input.language
    : (context.client.language ?? context.settings.defaultLanguage);
  return {
    name: input.name,
    clientId: input.clientId,
    ...ruleColumns(ruleOfInput(input)),
    mode: input.mode,
    autoSend: input.autoSend,
    recipients,
    paymentTermsDays: input.paymentTermsDays,
    language: language === "en" ? "en" : "fr",
    template: recurringTemplateOf(rawInput) as Prisma.InputJsonValue,
  };
}
