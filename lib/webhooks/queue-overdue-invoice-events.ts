import "server-only";
import { addDays, calendarDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { PAYABLE_TYPES } from "@/lib/documents/document-status";
import { db } from "@/lib/db/prisma";
import type { JobHandler } from "@/lib/jobs/job-handler";
import { queueDocumentEvent } from "./queue-webhook-event";

/**
 * Invoices overdue for longer than this are not announced: an endpoint created today does
 * not get the whole history, and a week of missed ticks (an outage) is still caught up.
 */
export const OVERDUE_LOOKBACK_DAYS = 7;

/**
 * The daily webhooks.overdue-tick: for each invoice (or deposit invoice) whose due date has
 * passed in the last week with something left to pay, invoice.overdue for each subscribed
 * endpoint that has not had it for that invoice yet — so each endpoint hears of an invoice
 * once, however often the tick runs. Per organization, one transaction, serialized by an
 * advisory lock so two ticks at once cannot both find an endpoint still to tell.
 * Returns how many events were queued.
 */
export async function queueOverdueInvoiceEvents(now: Date = new Date()): Promise<number> {
  const today = calendarDate(now);
  const organizations = await db.webhookEndpoint.findMany({
    where: { enabled: true, events: { has: "invoice.overdue" } },
    distinct: ["organizationId"],
    select: { organizationId: true },
  });
  let queued = 0;
  for (const { organizationId } of organizations) {
    queued += await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`webhooks.overdue:${organizationId}`}))`;
        const endpoints = await tx.webhookEndpoint.findMany({
          where: { organizationId, enabled: true, events: { has: "invoice.overdue" } },
          select: { id: true },
        });
        const invoices = await tx.document.findMany({
          where: {
            organizationId,
            type: { in: [...PAYABLE_TYPES] },
            status: "ISSUED",
            dueDate: { lt: dateFromCalendar(today), gte: dateFromCalendar(addDays(today, -OVERDUE_LOOKBACK_DAYS)) },
          },
          orderBy: [{ dueDate: "asc" }, { id: "asc" }],
          select: { id: true, totalInclVatCents: true, paidCents: true, creditedCents: true },
        });
        let count = 0;
        for (const invoice of invoices) {
          if (invoice.totalInclVatCents - invoice.paidCents - invoice.creditedCents <= 0) continue;
          const told = await tx.webhookDelivery.findMany({
            where: {
              organizationId,
              eventType: "invoice.overdue",
              endpointId: { in: endpoints.map(({ id }) => id) },
              payload: { path: ["data", "id"], equals: invoice.id },
            },
            select: { endpointId: true },
          });
          const toTell = endpoints.map(({ id }) => id).filter((id) => !told.some((row) => row.endpointId === id));
          if (toTell.length === 0) continue;
          count += (
            await queueDocumentEvent(tx, organizationId, "invoice.overdue", invoice.id, { endpointIds: toTell })
          ).length;
        }
        return count;
      },
      { timeout: 60_000 },
    );
  }
  return queued;
}

export const webhooksOverdueTickHandler: JobHandler = async () => {
  await queueOverdueInvoiceEvents();
};
