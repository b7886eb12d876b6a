import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { dayOf, statusFieldsSelect, statusOfRow } from "@/lib/documents/document-view-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localToday, occurrencesFrom } from "./recurrence";
import { recurringProfileNotFound } from "./recurring-errors";
import { parseProfileId, ruleOf, ruleSelect } from "./recurring-profile-data";
import type { RecurringTemplate } from "./recurring-profile-schema";
import type { RecurringProfileDetail, RecurringStopReason } from "./recurring-types";

const detailSelect = {
  ...ruleSelect,
  id: true,
  name: true,
  mode: true,
  autoSend: true,
  recipients: true,
  paymentTermsDays: true,
  language: true,
  template: true,
  status: true,
  stopReason: true,
  nextDate: true,
  generatedCount: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  client: { select: { id: true, name: true, emails: true, archivedAt: true } },
  runs: {
    orderBy: { periodDate: "desc" },
    select: {
      id: true,
      periodDate: true,
      createdAt: true,
      document: {
        select: { ...statusFieldsSelect, id: true, number: true, issueDate: true, currency: true },
      },
    },
  },
} as const satisfies Prisma.RecurringProfileSelect;

/**
 * One profile of the acting organization (documents.read) with its next 5 periods (while
 * ACTIVE) and its history: every period generated, latest first, with its document's number,
 * status as the lists show it, total and id (none for a deleted draft). Another
 * organization's id, or one that cannot be an id, is "recurring_profile_not_found".
 */
export async function getRecurringProfile(
  member: MemberContext,
  rawProfileId: unknown,
  now: Date = new Date(),
): Promise<RecurringProfileDetail> {
  assertCan(member, "documents.read");
  const id = parseProfileId(rawProfileId);
  const row = await db.recurringProfile.findFirst({
    where: { id, organizationId: member.organizationId },
    select: detailSelect,
  });
  if (!row) throw recurringProfileNotFound();
  const creator = await db.user.findFirst({
    where: { id: row.createdById, memberships: { some: { organizationId: member.organizationId } } },
    select: { id: true, name: true, email: true },
  });
  const rule = ruleOf(row);
  const today = localToday(now);
  return {
    id: row.id,
    name: row.name,
    client: {
      id: row.client.id,
      name: row.client.name,
      emails: row.client.emails,
      archived: row.client.archivedAt !== null,
    },
    ...rule,
    mode: row.mode,
    autoSend: row.autoSend,
    recipients: row.recipients,
    paymentTermsDays: row.paymentTermsDays,
    language: row.language === "en" ? "en" : "fr",
    template: row.template as RecurringTemplate,
    status: row.status,
    stopReason: row.stopReason as RecurringStopReason | null,
    nextDate: dayOf(row.nextDate),
    generatedCount: row.generatedCount,
    createdBy: creator,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    nextDates: row.status === "ACTIVE" && row.nextDate ? occurrencesFrom(rule, calendarFromDate(row.nextDate), 5) : [],
    runs: row.runs.map((run) => ({
      id: run.id,
      periodDate: calendarFromDate(run.periodDate),
      createdAt: run.createdAt.toISOString(),
      document: run.document
        ? {
            id: run.document.id,
            type: run.document.type,
            number: run.document.number,
            status: statusOfRow(run.document, today),
            issueDate: dayOf(run.document.issueDate),
            totalInclVatCents: run.document.totalInclVatCents,
            currency: run.document.currency,
          }
        : null,
    })),
  };
}
