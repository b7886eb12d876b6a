import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { listFailedEmails, type FailedEmails } from "@/lib/email/retry-email";
import { parisCalendarDate } from "@/lib/dates/format-date";
import { addDays, calendarFromDate } from "@/lib/documents/calendar-date";
import { balanceSql, dateLiteral, statusCondition } from "@/lib/documents/lists/find-document-page";
import { openInvoiceSql } from "@/lib/documents/lists/invoices-as-of";
import { Prisma } from "@/lib/generated/prisma/client";
import { listStoppedRecurringProfiles } from "@/lib/recurring/list-recurring-profiles";
import type { StoppedRecurringProfiles } from "@/lib/recurring/recurring-types";
import { receivablesAsOf } from "@/lib/rollups/receivables-as-of";
import { sentQuoteSql } from "./sent-quotes-sql";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// The dashboard's "to do" panel: what needs a hand today, oldest first, at most TO_DO_LIMIT of
// each kind with the full count (the lists hold the rest):
// - overdue invoices (display status OVERDUE, the lists' rule) with their days late and balance;
// - sent quotes expiring within 7 days (still SENT today, validUntil ≤ today + 7);
// - drafts left unissued for more than 7 days (created more than 7 days ago);
// - emails the provider refused for good (FAILED), newest first: retried from the document's page;
// - recurring invoices the generator stopped, last stopped first: fixed and resumed from their page.

export const TO_DO_LIMIT = 10;
export const TO_DO_DAYS = 7;

export type ToDoDocument = {
  id: string;
  type: DocumentType;
  number: string | null;
  clientName: string;
  /** Balance due (overdue), total incl. VAT (quotes, drafts). */
  amountCents: number;
  currency: string;
  /** Overdue: the due date; quotes: validUntil; drafts: the day it was created. "YYYY-MM-DD" */
  date: string | null;
  /** Overdue: days past the due date; quotes: days left; drafts: days since created. */
  days: number;
};

export type ToDoGroup = { count: number; items: ToDoDocument[] };

export type ToDo = {
  overdue: ToDoGroup;
  expiringQuotes: ToDoGroup;
  staleDrafts: ToDoGroup;
  refusedEmails: FailedEmails;
  stoppedRecurring: StoppedRecurringProfiles;
};

type Row = {
  id: string;
  type: DocumentType;
  number: string | null;
  clientName: string;
  amount: number | bigint;
  currency: string;
  date?: Date | null;
  days?: number;
  createdAt?: Date;
  total?: number;
};

const clientJoin = Prisma.sql`JOIN "Client" c ON c."organizationId" = d."organizationId" AND c."id" = d."clientId"`;

/** The group of `rows`, counting `count` in all (default: the rows' window count). */
function groupOf(rows: Row[], now: Date, count: number = rows[0]?.total ?? 0): ToDoGroup {
  return {
    count,
    items: rows.map((row) => ({
      id: row.id,
      type: row.type,
      number: row.number,
      clientName: row.clientName,
      amountCents: Number(row.amount),
      currency: row.currency,
      date: row.date ? calendarFromDate(row.date) : row.createdAt ? parisCalendarDate(row.createdAt) : null,
      days: row.createdAt ? Math.floor((now.getTime() - row.createdAt.getTime()) / 86_400_000) : (row.days ?? 0),
    })),
  };
}

/** The to-do panel of the acting organization on `today` (Paris calendar date). documents.read. */
export async function listToDo(member: MemberContext, today: string, now: Date = new Date()): Promise<ToDo> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const todaySql = dateLiteral(today);
  const todayDate = Prisma.raw(todaySql);
  const soon = addDays(today, TO_DO_DAYS);
  const staleBefore = new Date(now.getTime() - TO_DO_DAYS * 86_400_000);
  const staleBeforeSql = Prisma.sql`CAST(${staleBefore.toISOString()} AS timestamp)`;
  const [overdue, receivables, expiringQuotes, staleDrafts, [staleCount], refusedEmails, stoppedRecurring] =
    await Promise.all([
      // The first overdue invoices from the open invoices' index (Document_open_idx, ordered by
      // due date); their count from the ReceivableMoves rollup, not by reading every overdue one
      // (160,000 of them at 1,000,000 invoices in bench/reports.ts).
      db.$queryRaw<Row[]>`
      SELECT d."id", d."type", d."number", c."name" AS "clientName", (${balanceSql}) AS "amount", d."currency",
        d."dueDate" AS "date", (${todayDate} - d."dueDate")::int AS "days"
      FROM "Document" d ${clientJoin}
      WHERE d."organizationId" = ${organizationId} AND ${openInvoiceSql("d")}
        AND ${statusCondition("OVERDUE", todaySql)}
      ORDER BY d."dueDate" ASC, d."id" ASC
      LIMIT ${TO_DO_LIMIT}`,
      receivablesAsOf(db, organizationId, null, today),
      db.$queryRaw<Row[]>`
      SELECT d."id", d."type", d."number", c."name" AS "clientName", d."totalInclVatCents" AS "amount", d."currency",
        d."validUntil" AS "date", (d."validUntil" - ${todayDate})::int AS "days", (count(*) OVER ())::int AS "total"
      FROM "Document" d ${clientJoin}
      WHERE d."organizationId" = ${organizationId} AND ${sentQuoteSql(today)}
        AND d."validUntil" <= CAST(${soon} AS date)
      ORDER BY d."validUntil" ASC, d."id" ASC
      LIMIT ${TO_DO_LIMIT}`,
      db.$queryRaw<Row[]>`
      SELECT d."id", d."type", d."number", c."name" AS "clientName", d."totalInclVatCents" AS "amount", d."currency",
        d."createdAt" AS "createdAt"
      FROM "Document" d ${clientJoin}
      WHERE d."organizationId" = ${organizationId} AND d."status" = 'DRAFT' AND d."createdAt" < ${staleBeforeSql}
      ORDER BY d."createdAt" ASC, d."id" ASC
      LIMIT ${TO_DO_LIMIT}`,
      db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM "Document" d
      WHERE d."organizationId" = ${organizationId} AND d."status" = 'DRAFT' AND d."createdAt" < ${staleBeforeSql}`,
      listFailedEmails(member, { limit: TO_DO_LIMIT }),
      listStoppedRecurringProfiles(member, TO_DO_LIMIT),
    ]);
  return {
    overdue: groupOf(overdue, now, receivables.overdue.count),
    expiringQuotes: groupOf(expiringQuotes, now),
    staleDrafts: groupOf(staleDrafts, now, staleCount?.count ?? 0),
    refusedEmails,
    stoppedRecurring,
  };
}
