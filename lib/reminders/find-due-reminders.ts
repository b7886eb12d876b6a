import "server-only";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { dateLiteral, statusCondition } from "@/lib/documents/lists/find-document-page";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// Which overdue invoices of one organization get an automatic reminder on `today` (the
// organization's local day). For each invoice or deposit invoice whose status is OVERDUE that
// day — the one rule, displayStatusSql: issued, something left to pay once payments and credit
// notes are deducted, due date passed — the highest of the organization's steps its lateness
// has reached. It is due unless that step, or a higher one, was already sent — so a step is
// never sent twice, and a lower step never follows a higher one (an invoice found 40 days late
// gets step 30, never 7 or 15; after the steps change, only a step above the last one sent goes).

export type DueReminder = {
  organizationId: string;
  organizationName: string;
  documentId: string;
  type: DocumentType;
  number: string;
  dueDate: string;
  daysOverdue: number;
  step: number;
  clientName: string;
  /** The client's current addresses (empty: the reminder is skipped and reported). */
  clientEmails: string[];
};

export type ReminderScan = {
  today: string;
  due: DueReminder[];
  /** Overdue invoices whose highest step reached was already sent (or a higher one). */
  alreadySent: number;
  /** Overdue invoices not yet at the first step. */
  beforeFirstStep: number;
};

type Row = {
  organizationId: string;
  organizationName: string;
  documentId: string;
  type: DocumentType;
  number: string;
  dueDate: Date;
  clientName: string;
  clientEmails: string[];
  lastStep: number | null;
};

const DAY_MS = 86_400_000;

/** The highest step reached after `daysOverdue` days, or null before the first one. */
export function reachedStep(daysOverdue: number, steps: readonly number[]): number | null {
  let reached: number | null = null;
  for (const step of steps) if (step <= daysOverdue && (reached === null || step > reached)) reached = step;
  return reached;
}

export async function findDueReminders(scope: {
  organizationId: string;
  /** "YYYY-MM-DD": the organization's local day. */
  today: string;
  steps: readonly number[];
}): Promise<ReminderScan> {
  const { organizationId, today, steps } = scope;
  const overdue = statusCondition("OVERDUE", dateLiteral(today));
  const rows = await db.$queryRaw<Row[]>`
    SELECT d."id" AS "documentId", d."organizationId", o."name" AS "organizationName", d."type", d."number",
           d."dueDate", c."name" AS "clientName", c."emails" AS "clientEmails",
           (SELECT max(s."reminderStep") FROM "DocumentSend" s
             WHERE s."organizationId" = d."organizationId" AND s."documentId" = d."id") AS "lastStep"
    FROM "Document" d
    JOIN "Organization" o ON o."id" = d."organizationId"
    JOIN "Client" c ON c."organizationId" = d."organizationId" AND c."id" = d."clientId"
    WHERE d."organizationId" = ${organizationId}
      AND o."disabledAt" IS NULL
      AND d."number" IS NOT NULL
      AND ${overdue}
    ORDER BY d."dueDate", d."id"`;

  const scan: ReminderScan = { today, due: [], alreadySent: 0, beforeFirstStep: 0 };
  for (const row of rows) {
    const dueDate = calendarFromDate(row.dueDate);
    const daysOverdue = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
    const step = reachedStep(daysOverdue, steps);
    if (step === null) {
      scan.beforeFirstStep += 1;
      continue;
    }
    if (row.lastStep !== null && row.lastStep >= step) {
      scan.alreadySent += 1;
      continue;
    }
    scan.due.push({
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      documentId: row.documentId,
      type: row.type,
      number: row.number,
      dueDate,
      daysOverdue,
      step,
      clientName: row.clientName,
      clientEmails: row.clientEmails,
    });
  }
  return scan;
}
