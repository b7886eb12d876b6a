import type { MemberContext } from "@/lib/auth/access/require-member";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { calendarDate } from "@/lib/documents/calendar-date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createRecurringProfile } from "@/lib/recurring/create-recurring-profile";
import { defaultReminderSettings } from "@/lib/reminders/read-reminder-settings";
import { saveReminderSettings } from "@/lib/reminders/save-reminder-settings";
import { demoArticleLine } from "./seed-demo-documents";

// What runs by itself in the demo, so a person trying Facturo sees it at work: a monthly
// recurring invoice (issued automatically, not emailed: nobody is billed by surprise) and the
// automatic payment reminders, on with the default steps (the demo's overdue invoice is
// reminded by the daily run). Made through the app's own functions as the demo owner, like the
// documents: the same checks, the same audit trail.

const META: RequestMeta = { ip: null, userAgent: "facturo demo seed" };

export const DEMO_RECURRING_NAME = "Maintenance mensuelle du site";

/** "YYYY-MM-01" of the month after `today`'s ("YYYY-MM-DD"). */
export function firstOfNextMonth(today: string): string {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

export async function seedDemoAutomations(
  client: PrismaClient,
  owner: { userId: string; organizationId: string; organizationName: string },
): Promise<void> {
  const member: MemberContext = { ...owner, sessionId: "demo-seed", role: "OWNER" };
  const { organizationId } = owner;
  const [clients, articles] = await Promise.all([
    client.client.findMany({
      where: { organizationId, archivedAt: null, NOT: { emails: { isEmpty: true } } },
      orderBy: { name: "asc" },
      take: 3,
      select: { id: true },
    }),
    client.article.findMany({ where: { organizationId, reference: { in: ["MAINT", "CONS-H"] } } }),
  ]);
  const byReference = new Map(articles.map((article) => [article.reference, article]));
  const maintenance = byReference.get("MAINT");
  const consulting = byReference.get("CONS-H");
  // The third client is the one whose site the demo documents put online (paid invoice).
  const billed = clients[2] ?? clients[0];
  if (billed && maintenance && consulting) {
    // Its first period is the 1st of next month: seeding itself never generates an invoice,
    // the recurring.run job does once that day comes.
    await createRecurringProfile(
      member,
      {
        name: DEMO_RECURRING_NAME,
        clientId: billed.id,
        frequency: "MONTHLY",
        interval: "1",
        dayOfMonth: "1",
        startDate: firstOfNextMonth(calendarDate()),
        endKind: "NEVER",
        mode: "ISSUE",
        autoSend: false,
        title: "Maintenance du site",
        lines: [demoArticleLine(maintenance, "1"), demoArticleLine(consulting, "2")],
      },
      META,
    );
  }
  await saveReminderSettings(member, { ...defaultReminderSettings(), enabled: true }, META);
}
